import type { IncomingHttpHeaders, IncomingMessage } from 'node:http';
import { request as httpRequest, STATUS_CODES } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP } from 'node:net';
import { FetchError } from './fetch-error.js';
import { createGuardedLookup, type ResolveHost, refusePrivateAddress } from './guarded-lookup.js';
import { readBody } from './read-body.js';

/** One HTTP exchange: the status line, the headers and, for a 2xx answer, the decoded body. */
export interface HttpExchange {
  httpStatus: number;
  /** `404 Not Found`. */
  statusLine: string;
  headers: IncomingHttpHeaders;
  /** Read only for 2xx answers; empty otherwise. */
  bytes: Buffer;
}

export interface RequestOnceOptions {
  headers: Record<string, string>;
  resolve: ResolveHost;
  allowPrivate: boolean;
  /** From the start of the request to the response headers: connecting, TLS and the server's wait. */
  firstByteTimeoutMs: number;
  /** From the start of the request to the last byte of the body. */
  timeoutMs: number;
  maxBytes: number;
  isTruncating?: boolean;
}

/** Sends one GET, without following redirects or retrying, and reads the answer within the limits. */
export async function requestOnce(url: URL, options: RequestOnceOptions): Promise<HttpExchange> {
  const href = url.href;
  const hostname = url.hostname.replace(/^\[(.*)\]$/, '$1');
  // Node dials a literal address without calling `lookup`, so the guard looks at it here.
  if (isIP(hostname) !== 0 && !options.allowPrivate) refusePrivateAddress(href, hostname);
  const controller = new AbortController();
  const { signal } = controller;
  const timeout = (reason: string) => () => controller.abort(new FetchError('timeout', href, reason));
  const firstByteTimer = setTimeout(
    timeout(`no response within ${seconds(options.firstByteTimeoutMs)}`),
    options.firstByteTimeoutMs,
  );
  const totalTimer = setTimeout(
    timeout(`the response did not complete within ${seconds(options.timeoutMs)}`),
    options.timeoutMs,
  );
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  const request = send(url, {
    method: 'GET',
    headers: options.headers,
    // A fresh connection each time: every socket then goes through the guarded lookup.
    agent: false,
    lookup: createGuardedLookup(href, options.resolve, options.allowPrivate),
    signal,
  });
  try {
    const response = await new Promise<IncomingMessage>((resolve, reject) => {
      request.once('response', resolve);
      request.on('error', reject);
      request.end();
    });
    clearTimeout(firstByteTimer);
    const httpStatus = response.statusCode ?? 0;
    const exchange: HttpExchange = {
      httpStatus,
      statusLine: `${httpStatus} ${response.statusMessage || STATUS_CODES[httpStatus] || ''}`.trim(),
      headers: response.headers,
      bytes: Buffer.alloc(0),
    };
    if (httpStatus < 200 || httpStatus >= 300) return exchange;
    const declaredBytes = Number(response.headers['content-length']);
    if (declaredBytes > options.maxBytes && !options.isTruncating) {
      throw new FetchError(
        'too-large',
        href,
        `the body is ${declaredBytes} bytes, over the limit of ${options.maxBytes}`,
      );
    }
    exchange.bytes = await readBody(response, {
      url: href,
      contentEncoding: response.headers['content-encoding'],
      maxBytes: options.maxBytes,
      isTruncating: options.isTruncating ?? false,
      signal,
    });
    return exchange;
  } catch (error) {
    if (signal.aborted) throw signal.reason;
    if (error instanceof FetchError) throw error;
    throw new FetchError('network', href, describeNetworkError(error), { cause: error });
  } finally {
    clearTimeout(firstByteTimer);
    clearTimeout(totalTimer);
    request.destroy();
  }
}

const REASONS: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset by the server',
  ENOTFOUND: 'no such host',
  EAI_AGAIN: 'the host name could not be resolved for now',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  EPIPE: 'the server closed the connection',
  HPE_INVALID_CONSTANT: 'the server did not answer in HTTP',
};

function describeNetworkError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code ?? '';
  const reason = REASONS[code];
  if (reason) return `${reason} (${code})`;
  const message = error instanceof Error ? error.message : String(error);
  if (/CERT|SSL|TLS/.test(code)) return `TLS failed: ${message}`;
  return message;
}

function seconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`;
}

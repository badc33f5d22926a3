import { createRequire } from 'node:module';
import { FetchError } from './fetch-error.js';
import { fetchRobots } from './fetch-robots.js';
import { type ResolveHost, resolveWithDns } from './guarded-lookup.js';
import { createHostLimiter } from './host-limiter.js';
import { parseContentType } from './parse-content-type.js';
import { type HttpExchange, requestOnce } from './request-once.js';
import { retryDelayMs } from './retry-delay.js';
import { robotsAllows } from './robots-allows.js';
import { createRobotsCache } from './robots-cache.js';

/** Validators from an earlier fetch of the same URL, for a conditional GET. */
export interface FetchConditions {
  etag?: string;
  lastModified?: string;
}

export type FetchResult =
  | {
      status: 'ok';
      /** The URL the body came from, after redirects. */
      url: string;
      httpStatus: number;
      /** The body, decompressed but not decoded to text. */
      bytes: Buffer;
      /** The media type of `Content-Type`, lower case, without parameters. */
      contentType?: string;
      /** The `charset` of `Content-Type`, lower case; the body may still declare its own. */
      charset?: string;
      etag?: string;
      lastModified?: string;
      /** Each URL that answered with a redirect, in order: the first is the URL asked for. */
      redirects: string[];
    }
  | {
      status: 'not-modified';
      url: string;
      /** The validators to keep: the server's new ones, or else those that were sent. */
      etag?: string;
      lastModified?: string;
    };

export interface Fetcher {
  /** Fetches a URL politely; every failure is thrown as a {@link FetchError}. */
  fetch(url: string, conditions?: FetchConditions): Promise<FetchResult>;
}

export interface FetcherSettings {
  /** Sent on every request; its first word (`newsgraph`) is the product token robots.txt rules name. */
  userAgent: string;
  /** Let requests reach loopback, private, link-local and other non-public addresses. */
  allowPrivate: boolean;
  /** The least time between the end of one request to a host and the start of the next. */
  minHostIntervalMs: number;
  /** A robots.txt `Crawl-delay` longer than the interval is honoured up to this. */
  maxCrawlDelayMs: number;
  /** From sending a request to its response headers: connecting, TLS and the server's wait. */
  firstByteTimeoutMs: number;
  /** From sending a request to the last byte of its body; each redirect and retry has its own. */
  timeoutMs: number;
  /** The largest body, counted both as sent (compressed) and once decompressed. */
  maxBytes: number;
  maxRedirects: number;
  /** Retries after a network error, a 429 or a 5xx; never after a timeout or another status. */
  retries: number;
  /** The first retry waits about this long, each next one about twice as long. */
  retryBaseMs: number;
  /** A `Retry-After` longer than this is not waited for: the fetch fails instead. */
  maxRetryAfterMs: number;
  respectRobots: boolean;
  /** How long a robots.txt is trusted before it is read again. */
  robotsTtlMs: number;
}

export interface FetcherOptions extends Partial<FetcherSettings> {
  /** Resolves host names (tests point names at their own server); `dns.lookup` by default. */
  lookup?: ResolveHost;
  /** Milliseconds since the epoch; `Date.now` by default. */
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  /** A number in [0, 1) for retry jitter; `Math.random` by default. */
  random?: () => number;
}

// src/ingest/fetch and dist/ingest/fetch both sit three folders below package.json.
const VERSION = (createRequire(import.meta.url)('../../../package.json') as { version: string }).version;

export const DEFAULT_FETCHER_OPTIONS: Readonly<FetcherSettings> = Object.freeze({
  userAgent: `newsgraph/${VERSION} (+https://github.com/newsgraph)`,
  allowPrivate: false,
  minHostIntervalMs: 1000,
  maxCrawlDelayMs: 60_000,
  firstByteTimeoutMs: 10_000,
  timeoutMs: 30_000,
  maxBytes: 10 * 1024 * 1024,
  maxRedirects: 5,
  retries: 2,
  retryBaseMs: 500,
  maxRetryAfterMs: 60_000,
  respectRobots: true,
  robotsTtlMs: 60 * 60 * 1000,
});

/** robots.txt is read up to this size, the least RFC 9309 lets a crawler read; the rest is ignored. */
const ROBOTS_MAX_BYTES = 500 * 1024;

/** An unreachable robots.txt blocks its origin for this long (at most), then is asked for again. */
const ROBOTS_UNREACHABLE_TTL_MS = 60_000;

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

export function createFetcher(options: FetcherOptions = {}): Fetcher {
  const settings: FetcherSettings = { ...DEFAULT_FETCHER_OPTIONS, ...definedOnly(options) };
  const resolve = options.lookup ?? resolveWithDns;
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((done) => setTimeout(done, ms)));
  const random = options.random ?? Math.random;
  const productToken = /^[A-Za-z_-]+/.exec(settings.userAgent)?.[0] ?? 'newsgraph';
  const crawlDelaysMs = new Map<string, number>();
  const limiter = createHostLimiter({
    intervalMs: (host) => Math.max(settings.minHostIntervalMs, crawlDelaysMs.get(host) ?? 0),
    now,
    sleep,
  });
  const robots = createRobotsCache({
    ttlMs: settings.robotsTtlMs,
    unreachableTtlMs: Math.min(settings.robotsTtlMs, ROBOTS_UNREACHABLE_TTL_MS),
    now,
    load: async (origin) => {
      const verdict = await fetchRobots(origin, {
        productToken,
        request: (url) => exchange(url, {}, { maxBytes: ROBOTS_MAX_BYTES, isTruncating: true }),
      });
      const delaySeconds = verdict.kind === 'rules' ? verdict.rules.crawlDelaySeconds : undefined;
      if (delaySeconds !== undefined) {
        crawlDelaysMs.set(new URL(origin).hostname, Math.min(delaySeconds * 1000, settings.maxCrawlDelayMs));
      }
      return verdict;
    },
  });

  function exchange(
    url: URL,
    conditions: FetchConditions,
    limits: { maxBytes: number; isTruncating: boolean },
  ): Promise<HttpExchange> {
    const headers: Record<string, string> = {
      'user-agent': settings.userAgent,
      accept: '*/*',
      'accept-encoding': 'gzip, deflate, br',
    };
    if (conditions.etag) headers['if-none-match'] = conditions.etag;
    if (conditions.lastModified) headers['if-modified-since'] = conditions.lastModified;
    return limiter.run(url.hostname, () =>
      requestOnce(url, {
        headers,
        resolve,
        allowPrivate: settings.allowPrivate,
        firstByteTimeoutMs: settings.firstByteTimeoutMs,
        timeoutMs: settings.timeoutMs,
        ...limits,
      }),
    );
  }

  async function checkRobots(url: URL): Promise<void> {
    const verdict = await robots.verdictFor(url.origin).catch((error: unknown) => {
      // The origin itself is refused: say so of the page asked for, not of its robots.txt.
      if (error instanceof FetchError)
        throw new FetchError(error.code, url.href, error.reason, { cause: error });
      throw error;
    });
    const robotsUrl = `${url.origin}/robots.txt`;
    if (verdict.kind === 'unreachable') {
      const { error, httpStatus } = verdict;
      // A host that does not answer at all is reported as such: the page would not have answered either.
      if (error && (error.code === 'network' || error.code === 'timeout')) {
        throw new FetchError(error.code, url.href, `${error.reason} (asking for ${robotsUrl})`, {
          cause: error,
        });
      }
      throw new FetchError(
        'robots-disallowed',
        url.href,
        `${robotsUrl} could not be read (${verdict.reason}), so the site is off limits for now`,
        httpStatus === undefined ? {} : { httpStatus },
      );
    }
    if (!robotsAllows(verdict.rules, url.pathname + url.search)) {
      throw new FetchError('robots-disallowed', url.href, `${robotsUrl} disallows it for ${productToken}`);
    }
  }

  /** One URL, retried after a network error, a 429 or a 5xx; the last answer is returned as it is. */
  async function exchangeWithRetries(url: URL, conditions: FetchConditions): Promise<HttpExchange> {
    const limits = { maxBytes: settings.maxBytes, isTruncating: false };
    for (let attempt = 0; ; attempt++) {
      let answer: HttpExchange;
      try {
        answer = await exchange(url, conditions, limits);
      } catch (error) {
        if (attempt >= settings.retries || !isRetryableError(error)) throw error;
        await sleep(retryDelayMs({ ...backoff(attempt), retryAfter: undefined }) ?? 0);
        continue;
      }
      if (attempt >= settings.retries || !isRetryableStatus(answer.httpStatus)) return answer;
      const retryAfter = headerValue(answer.headers['retry-after']);
      const delayMs = retryDelayMs({ ...backoff(attempt), retryAfter });
      if (delayMs === undefined) {
        const capSeconds = settings.maxRetryAfterMs / 1000;
        throw statusError(
          url,
          answer,
          ` (Retry-After: ${retryAfter}, longer than the ${capSeconds} s waited at most)`,
        );
      }
      await sleep(delayMs);
    }
  }

  function backoff(attempt: number) {
    return {
      attempt,
      baseMs: settings.retryBaseMs,
      maxRetryAfterMs: settings.maxRetryAfterMs,
      now: now(),
      random: random(),
    };
  }

  return {
    async fetch(input, conditions = {}) {
      let url = parseHttpUrl(input, undefined, input);
      const redirects: string[] = [];
      for (;;) {
        if (settings.respectRobots) await checkRobots(url);
        // The validators go with every hop: behind a permanent redirect (http: to https:, a moved
        // feed) the server that answers is the one that issued them, and a 304 there still holds.
        const answer = await exchangeWithRetries(url, conditions);
        const { httpStatus, headers } = answer;
        if (REDIRECT_STATUSES.has(httpStatus)) {
          const location = headerValue(headers.location);
          if (!location) throw statusError(url, answer, ' without a Location to go to');
          if (redirects.length >= settings.maxRedirects) {
            throw new FetchError(
              'too-many-redirects',
              url.href,
              `more than ${settings.maxRedirects} redirects (started at ${input})`,
              { httpStatus },
            );
          }
          redirects.push(url.href);
          url = parseHttpUrl(location, url, url.href);
          continue;
        }
        const etag = headerValue(headers.etag) ?? conditions.etag;
        const lastModified = headerValue(headers['last-modified']) ?? conditions.lastModified;
        if (httpStatus === 304) {
          return { status: 'not-modified', url: url.href, ...present({ etag, lastModified }) };
        }
        if (httpStatus < 200 || httpStatus >= 300) throw statusError(url, answer, '');
        return {
          status: 'ok',
          url: url.href,
          httpStatus,
          bytes: answer.bytes,
          ...parseContentType(headerValue(headers['content-type'])),
          ...present({
            etag: headerValue(headers.etag),
            lastModified: headerValue(headers['last-modified']),
          }),
          redirects,
        };
      }
    },
  };
}

/** Parses a URL (relative to `base` when given, for a redirect) and accepts only http and https. */
function parseHttpUrl(text: string, base: URL | undefined, where: string): URL {
  if (!URL.canParse(text, base)) {
    const reason = base ? `the redirect goes to an invalid URL "${text}"` : 'not a valid URL';
    throw new FetchError('invalid-url', where, reason);
  }
  const url = new URL(text, base);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    const reason = base ? `the redirect goes to ${url.protocol} URL, ` : `${url.protocol} URL, `;
    throw new FetchError('unsupported-scheme', where, `${reason}only http: and https: can be fetched`);
  }
  url.hash = '';
  return url;
}

function statusError(url: URL, answer: HttpExchange, detail: string): FetchError {
  return new FetchError('http-status', url.href, `${answer.statusLine}${detail}`, {
    httpStatus: answer.httpStatus,
  });
}

function isRetryableStatus(httpStatus: number): boolean {
  return httpStatus === 429 || httpStatus >= 500;
}

/** A broken connection may work next time; a host that does not exist or a timeout will not soon. */
function isRetryableError(error: unknown): boolean {
  if (!(error instanceof FetchError) || error.code !== 'network') return false;
  return (error.cause as NodeJS.ErrnoException | undefined)?.code !== 'ENOTFOUND';
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function present<T extends Record<string, string | undefined>>(fields: T): Partial<Record<keyof T, string>> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as Partial<
    Record<keyof T, string>
  >;
}

function definedOnly<T extends object>(options: T): Partial<T> {
  return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined)) as Partial<T>;
}

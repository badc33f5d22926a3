import { type Readable, Transform, type TransformCallback, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createBrotliDecompress, createGunzip, createInflate, createInflateRaw } from 'node:zlib';
import { FetchError } from './fetch-error.js';

export interface ReadBodyOptions {
  url: string;
  /** The response's `Content-Encoding`, in the order the codings were applied. */
  contentEncoding: string | undefined;
  /** The most bytes read off the wire, and the most bytes once decoded. */
  maxBytes: number;
  /** Past `maxBytes`, keep the first `maxBytes` decoded bytes rather than fail (robots.txt). */
  isTruncating?: boolean;
  signal?: AbortSignal;
}

/**
 * Reads a response body and undoes its content codings (gzip, deflate, br), streaming. The limit
 * holds on both sides of the decoder, so a small gzip bomb stops as soon as its output passes
 * `maxBytes`, long before it would have filled the memory.
 */
export async function readBody(body: Readable, options: ReadBodyOptions): Promise<Buffer> {
  const { url, maxBytes } = options;
  const decoders = codingsOf(options.contentEncoding)
    .reverse()
    .map((coding) => decoderFor(coding, url));
  const chunks: Buffer[] = [];
  let decodedBytes = 0;
  // Kept aside because the pipeline may reject with the premature close its teardown causes instead.
  let limitError: FetchError | undefined;
  const tooLarge = (what: string) => {
    limitError ??= new FetchError(
      'too-large',
      url,
      `${what} is larger than the limit of ${formatBytes(maxBytes)}`,
    );
    return limitError;
  };
  try {
    await pipeline(
      [
        body,
        countingBytes(maxBytes, () => tooLarge('the body')),
        ...decoders,
        new Writable({
          write(chunk: Buffer, _encoding, callback) {
            chunks.push(chunk);
            decodedBytes += chunk.length;
            const what = decoders.length > 0 ? 'the decompressed body' : 'the body';
            callback(decodedBytes > maxBytes ? tooLarge(what) : null);
          },
        }),
      ],
      options.signal ? { signal: options.signal } : {},
    );
  } catch (error) {
    if (options.signal?.aborted) throw options.signal.reason;
    if (limitError) {
      if (options.isTruncating) return Buffer.concat(chunks).subarray(0, maxBytes);
      throw limitError;
    }
    if (error instanceof FetchError) throw error;
    if (isZlibError(error)) {
      throw new FetchError(
        'decode',
        url,
        `the ${options.contentEncoding} body is corrupt (${(error as Error).message})`,
        {
          cause: error,
        },
      );
    }
    throw new FetchError(
      'network',
      url,
      `the connection broke while reading the body (${(error as Error).message})`,
      {
        cause: error,
      },
    );
  }
  return Buffer.concat(chunks);
}

function codingsOf(header: string | undefined): string[] {
  return (header ?? '')
    .split(',')
    .map((coding) => coding.trim().toLowerCase())
    .filter((coding) => coding !== '' && coding !== 'identity');
}

function decoderFor(coding: string, url: string): Transform {
  if (coding === 'gzip' || coding === 'x-gzip') return createGunzip();
  if (coding === 'br') return createBrotliDecompress();
  if (coding === 'deflate') return new DeflateDecoder();
  throw new FetchError('decode', url, `the server sent an unsupported Content-Encoding "${coding}"`);
}

/** Fails the stream once more than `maxBytes` have passed. */
function countingBytes(maxBytes: number, tooLarge: () => Error): Transform {
  let bytes = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      bytes += chunk.length;
      callback(bytes > maxBytes ? tooLarge() : null, chunk);
    },
  });
}

/**
 * `deflate` as servers send it: HTTP means zlib-wrapped data, but some servers send raw deflate,
 * which browsers accept too. The first two bytes tell which (a zlib header is a multiple of 31).
 */
class DeflateDecoder extends Transform {
  private inner: Transform | undefined;

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    if (this.inner === undefined) {
      const [first = 0, second = 0] = chunk;
      const isZlib = (first & 0x0f) === 8 && ((first << 8) | second) % 31 === 0;
      const inner = isZlib ? createInflate() : createInflateRaw();
      inner.on('data', (data: Buffer) => this.push(data));
      inner.on('error', (error) => this.destroy(error));
      this.inner = inner;
    }
    this.inner.write(chunk, () => callback());
  }

  override _flush(callback: TransformCallback): void {
    if (this.inner === undefined) {
      callback();
      return;
    }
    this.inner.once('end', () => callback());
    this.inner.end();
  }

  override _destroy(error: Error | null, callback: (error: Error | null) => void): void {
    this.inner?.destroy();
    callback(error);
  }
}

function isZlibError(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code ?? '';
  // zlib's codes start `Z_`; the brotli decoder's `ERR__ERROR_FORMAT_…` and the like.
  return code.startsWith('Z_') || code.startsWith('ERR__');
}

function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${+(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${+(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} bytes`;
}

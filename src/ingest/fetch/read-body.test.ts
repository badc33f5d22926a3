import { Readable } from 'node:stream';
import { brotliCompressSync, deflateRawSync, deflateSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readBody } from './read-body.js';

const URL = 'http://news.example/page';
const TEXT = Buffer.from('<p>Hello, news.</p>'.repeat(100));

function read(
  bytes: Buffer,
  contentEncoding: string | undefined,
  maxBytes = 1024 * 1024,
  isTruncating = false,
) {
  // Several chunks, as a socket delivers them.
  const chunks = [bytes.subarray(0, 7), bytes.subarray(7, 500), bytes.subarray(500)];
  return readBody(Readable.from(chunks), { url: URL, contentEncoding, maxBytes, isTruncating });
}

describe('readBody', () => {
  it.each([
    ['no coding', undefined, TEXT],
    ['identity', 'identity', TEXT],
    ['gzip', 'gzip', gzipSync(TEXT)],
    ['x-gzip', 'x-gzip', gzipSync(TEXT)],
    ['br', 'br', brotliCompressSync(TEXT)],
    ['zlib deflate', 'deflate', deflateSync(TEXT)],
    ['raw deflate', 'deflate', deflateRawSync(TEXT)],
    ['gzip then br', 'gzip, br', brotliCompressSync(gzipSync(TEXT))],
  ])('decodes a body with %s', async (_name, coding, bytes) => {
    expect((await read(bytes, coding)).equals(TEXT)).toBe(true);
  });

  it('stops a gzip bomb once its output passes the limit', async () => {
    const bomb = gzipSync(Buffer.alloc(50 * 1024 * 1024));
    expect(bomb.length).toBeLessThan(100 * 1024);
    await expect(read(bomb, 'gzip', 1024 * 1024)).rejects.toMatchObject({
      code: 'too-large',
      message: `GET ${URL}: the decompressed body is larger than the limit of 1 MB`,
    });
  });

  it('refuses a plain body over the limit', async () => {
    await expect(read(TEXT, undefined, 1000)).rejects.toMatchObject({ code: 'too-large' });
  });

  it('refuses a compressed body over the limit before decoding it all', async () => {
    const noise = gzipSync(Buffer.from(Array.from({ length: 4000 }, (_, index) => (index * 7919) % 251)));
    await expect(read(noise, 'gzip', 1000)).rejects.toMatchObject({ code: 'too-large' });
  });

  it('keeps the first bytes of a body over the limit when truncating', async () => {
    expect((await read(gzipSync(TEXT), 'gzip', 100, true)).equals(TEXT.subarray(0, 100))).toBe(true);
  });

  it.each([
    ['gzip', 'gzip', Buffer.from('this is not gzip')],
    ['br', 'br', Buffer.from('this is not brotli at all')],
    ['truncated gzip', 'gzip', gzipSync(TEXT).subarray(0, 40)],
  ])('says a corrupt %s body cannot be decoded', async (_name, coding, bytes) => {
    await expect(read(bytes, coding)).rejects.toMatchObject({ code: 'decode' });
  });

  it('refuses a coding it does not know', async () => {
    await expect(read(TEXT, 'compress')).rejects.toMatchObject({
      code: 'decode',
      message: `GET ${URL}: the server sent an unsupported Content-Encoding "compress"`,
    });
  });
});

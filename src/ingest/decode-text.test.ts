import { describe, expect, it } from 'vitest';
import { decodeText } from './decode-text.js';
import { InputError } from './input-error.js';

const bytesOf = (...parts: Array<string | number[]>): Uint8Array =>
  Buffer.concat(
    parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'utf8') : Buffer.from(part))),
  );

function errorOf(bytes: Uint8Array, firstLine?: number): InputError {
  try {
    decodeText(bytes, firstLine);
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected decodeText to throw an InputError');
}

describe('decodeText', () => {
  it('rejects an empty input as an empty file', () => {
    expect(errorOf(new Uint8Array()).message).toBe('empty file');
  });

  it('rejects an input of white space only', () => {
    expect(errorOf(bytesOf(' \n\t\r\n  ')).message).toBe('empty file (only white space)');
  });

  it('rejects a BOM followed by nothing as white space only', () => {
    expect(errorOf(bytesOf([0xef, 0xbb, 0xbf], '\n')).message).toBe('empty file (only white space)');
  });

  it('rejects a NUL byte as binary data, naming its offset and line', () => {
    // "line one\n" and "line two\n" are 9 bytes each, then "bin": the NUL is at offset 21 on line 3.
    const error = errorOf(bytesOf('line one\nline two\nbin', [0x00], 'ary\n'));
    expect(error.message).toBe('binary data, not text (NUL byte at offset 21)');
    expect(error.line).toBe(3);
  });

  it('counts lines from the given first line', () => {
    expect(errorOf(bytesOf('a', [0x00]), 7).line).toBe(7);
  });

  it.each([
    ['little-endian', [0xff, 0xfe, 0x41, 0x00]],
    ['big-endian', [0xfe, 0xff, 0x00, 0x41]],
  ])('rejects %s UTF-16 by its byte order mark', (_order, bytes) => {
    const error = errorOf(Uint8Array.from(bytes));
    expect(error.message).toBe('UTF-16 text (byte order mark found); save it as UTF-8');
    expect(error.line).toBe(1);
  });

  it.each([
    // description, bytes, line, offset, first bad byte
    ['a 0xff byte on line 3', bytesOf('one\ntwo\nthr', [0xff], 'ee\n'), 3, 11, 'ff'],
    ['a lone continuation byte on line 1', bytesOf('a', [0x80], 'b'), 1, 1, '80'],
    ['a lead byte followed by ASCII after a valid é', bytesOf('é\n', [0xc3, 0x28]), 2, 3, 'c3'],
    ['a truncated 4-byte sequence at the end', bytesOf('ok\n', [0xf0, 0x9f, 0x98]), 2, 3, 'f0'],
    ['an encoded UTF-16 surrogate', bytesOf('x\n\ny', [0xed, 0xa0, 0x80]), 3, 4, 'ed'],
    ['an overlong encoding of "/"', bytesOf('ab\n', [0xc0, 0xaf]), 2, 3, 'c0'],
  ])('rejects invalid UTF-8: %s', (_description, bytes, line, offset, byte) => {
    const error = errorOf(bytes);
    expect(error.message).toBe(`invalid UTF-8 (byte 0x${byte} at offset ${offset})`);
    expect(error.line).toBe(line);
  });

  it('names the right line of a bad byte in a file with lone CR line endings', () => {
    // "one\r" and "two\r" are two lines; the 0xff is on the third.
    expect(errorOf(bytesOf('one\rtwo\rthr', [0xff])).line).toBe(3);
  });

  it('names the right line of a bad byte in a file with CRLF line endings', () => {
    expect(errorOf(bytesOf('one\r\ntwo\r\nthr', [0xff])).line).toBe(3);
  });

  it.each([
    ['CRLF', 'a\r\nb\r\n', 'a\nb\n'],
    ['lone CR', 'a\rb\r', 'a\nb\n'],
    ['CRLF followed by a lone CR', 'a\r\n\rb', 'a\n\nb'],
    ['LF', 'a\nb\n', 'a\nb\n'],
  ])('normalises %s line endings to LF', (_kind, input, expected) => {
    expect(decodeText(bytesOf(input))).toBe(expected);
  });

  it('strips a UTF-8 byte order mark', () => {
    expect(decodeText(bytesOf([0xef, 0xbb, 0xbf], 'Title\n'))).toBe('Title\n');
  });

  it('accepts a 4-byte UTF-8 emoji', () => {
    // U+1F600 is F0 9F 98 80 in UTF-8.
    expect(decodeText(bytesOf('Hi ', [0xf0, 0x9f, 0x98, 0x80]))).toBe('Hi \u{1F600}');
  });

  it('keeps non-ASCII text as it is', () => {
    expect(decodeText(bytesOf('Iran’s presence – Syria'))).toBe('Iran’s presence – Syria');
  });
});

import { describe, expect, it } from 'vitest';
import { decodeWindows1252 } from './decode-windows-1252.js';

describe('decodeWindows1252', () => {
  it.each([
    [0x80, '\u20ac'],
    [0x85, '\u2026'],
    [0x91, '\u2018'],
    [0x92, '\u2019'],
    [0x93, '\u201c'],
    [0x94, '\u201d'],
    [0x96, '\u2013'],
    [0x97, '\u2014'],
    [0x9f, '\u0178'],
  ])('decodes byte %i as its Windows-1252 punctuation', (byte, expected) => {
    expect(decodeWindows1252(Uint8Array.of(byte))).toBe(expected);
  });

  it('keeps the control character of a byte Windows-1252 leaves undefined', () => {
    expect(decodeWindows1252(Uint8Array.of(0x81))).toBe('\u0081');
  });

  it('decodes Latin-1 letters and ASCII as themselves', () => {
    expect(decodeWindows1252(Uint8Array.of(0x50, 0x65, 0x6c, 0xe9, 0xa0))).toBe('Pel\u00e9\u00a0');
  });
});

import { describe, expect, it } from 'vitest';
import { decodeSignature, encodeSignature, signatureBytes, signatureFromBytes } from './signature-text.js';

describe('encodeSignature and decodeSignature', () => {
  it('read back the values written, as 4 little-endian bytes each in base64', () => {
    const signature = Uint32Array.of(0, 1, 0xffffffff, 0x01020304);
    expect(encodeSignature(Uint32Array.of(0x01020304))).toBe(Buffer.from([4, 3, 2, 1]).toString('base64'));
    expect(decodeSignature(encodeSignature(signature))).toEqual(signature);
    expect(signatureFromBytes(signatureBytes(signature))).toEqual(signature);
  });

  it('reads an empty layer as no signature', () => {
    expect(decodeSignature('')).toBeUndefined();
  });

  it('refuses bytes that are not whole 32-bit values', () => {
    expect(() => signatureFromBytes(Buffer.from([1, 2, 3]))).toThrow('3 bytes');
  });
});

import { NewsgraphError } from '../../errors.js';

/** A signature as the `minhash` layer keeps it: base64 of its 32-bit values, little-endian (4 bytes each). */
export function encodeSignature(signature: Uint32Array): string {
  const bytes = Buffer.alloc(signature.length * 4);
  signature.forEach((value, index) => {
    bytes.writeUInt32LE(value, index * 4);
  });
  return bytes.toString('base64');
}

/** The signature of a `minhash` layer; undefined for an empty one. */
export function decodeSignature(text: string): Uint32Array | undefined {
  if (text === '') return undefined;
  return signatureFromBytes(Buffer.from(text, 'base64'));
}

/** A signature from its stored bytes (4 little-endian bytes a value). */
export function signatureFromBytes(bytes: Uint8Array): Uint32Array {
  if (bytes.length % 4 !== 0) {
    throw new NewsgraphError(
      'STORE_SCHEMA',
      `a MinHash signature of ${bytes.length} bytes is not whole 32-bit values`,
    );
  }
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  const signature = new Uint32Array(bytes.length / 4);
  for (let index = 0; index < signature.length; index++) signature[index] = view.readUInt32LE(index * 4);
  return signature;
}

/** The stored bytes of a signature. */
export function signatureBytes(signature: Uint32Array): Buffer {
  return Buffer.from(encodeSignature(signature), 'base64');
}

import { InputError } from './input-error.js';

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * Decodes the bytes of a text input as UTF-8, or says precisely why it is not text:
 * empty, binary, UTF-16, or not valid UTF-8 (with the line of the first bad byte).
 * The BOM is dropped and line endings become `\n`.
 */
export function decodeText(bytes: Uint8Array, firstLine = 1): string {
  if (bytes.length === 0) throw new InputError('empty file');
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new InputError('UTF-16 text (byte order mark found); save it as UTF-8', { line: firstLine });
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    throw new InputError(`binary data, not text (NUL byte at offset ${nul})`, {
      line: lineAt(bytes, nul, firstLine),
    });
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    const offset = firstInvalidUtf8(bytes);
    throw new InputError(`invalid UTF-8 (byte 0x${hex(bytes[offset])} at offset ${offset})`, {
      line: lineAt(bytes, offset, firstLine),
    });
  }
  text = text.replace(/\r\n?/g, '\n');
  if (text.trim().length === 0) throw new InputError('empty file (only white space)');
  return text;
}

function hex(byte: number | undefined): string {
  return (byte ?? 0).toString(16).padStart(2, '0');
}

function lineAt(bytes: Uint8Array, offset: number, firstLine: number): number {
  let line = firstLine;
  for (let index = 0; index < offset; index++) {
    // A lone CR ends a line too: the decoded text turns it into `\n`, so line numbers must count it.
    if (bytes[index] === 0x0a || (bytes[index] === 0x0d && bytes[index + 1] !== 0x0a)) line++;
  }
  return line;
}

/** The offset of the first byte that does not start or continue a well-formed UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const length = sequenceLength(bytes, index);
    if (length === 0) return index;
    index += length;
  }
  return bytes.length;
}

function sequenceLength(bytes: Uint8Array, index: number): number {
  const lead = bytes[index] ?? 0;
  if (lead < 0x80) return 1;
  const length =
    lead >= 0xc2 && lead <= 0xdf
      ? 2
      : lead >= 0xe0 && lead <= 0xef
        ? 3
        : lead >= 0xf0 && lead <= 0xf4
          ? 4
          : 0;
  if (length === 0) return 0;
  try {
    utf8.decode(bytes.subarray(index, index + length));
    return length;
  } catch {
    return 0;
  }
}

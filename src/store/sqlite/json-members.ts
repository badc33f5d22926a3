import { NewsgraphError } from '../../errors.js';

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

const utf8 = new TextDecoder();

/**
 * The members of a JSON object in UTF-8 as `JSON.stringify` writes it (no whitespace between
 * tokens): each value's bytes as they stand (a view, not a copy), by its key, found without parsing
 * the values. Writing these bytes writes the same values byte for byte, where parsing then writing
 * them would build every object of them again. In UTF-8 the bytes of a character beyond ASCII are
 * never those of a quote, bracket or comma, so the bytes are read as they come.
 */
export function jsonMembers(json: Uint8Array): Map<string, Uint8Array> {
  const members = new Map<string, Uint8Array>();
  if (json[0] !== OPEN_BRACE) throw malformed(json);
  if (json[1] === CLOSE_BRACE) return members;
  for (let at = 1; ; ) {
    if (json[at] !== QUOTE) throw malformed(json);
    const keyEnd = stringEnd(json, at);
    if (json[keyEnd] !== COLON) throw malformed(json);
    const valueEnd = valueEndAt(json, keyEnd + 1);
    members.set(textOf(json, at + 1, keyEnd - 1), json.subarray(keyEnd + 1, valueEnd));
    const next = json[valueEnd];
    if (next === CLOSE_BRACE) return members;
    if (next !== COMMA) throw malformed(json);
    at = valueEnd + 1;
  }
}

/** The elements of a JSON array as `JSON.stringify` writes it, each as the bytes of its value. */
export function jsonElements(json: Uint8Array): Uint8Array[] {
  const elements: Uint8Array[] = [];
  if (json[0] !== OPEN_BRACKET) throw malformed(json);
  if (json[1] === CLOSE_BRACKET) return elements;
  for (let at = 1; ; ) {
    const end = valueEndAt(json, at);
    elements.push(json.subarray(at, end));
    const next = json[end];
    if (next === CLOSE_BRACKET) return elements;
    if (next !== COMMA) throw malformed(json);
    at = end + 1;
  }
}

/**
 * The text of the bytes from `start` to `end` (all of them without): a key or a number, short and
 * most often ASCII, made without the cost of a decoder.
 */
export function textOf(json: Uint8Array, start = 0, end = json.length): string {
  let text = '';
  for (let index = start; index < end; index++) {
    const byte = json[index] as number;
    if (byte >= 0x80) return utf8.decode(json.subarray(start, end));
    text += String.fromCharCode(byte);
  }
  return text;
}

/** The index after the closing quote of the string that opens at `at`. */
function stringEnd(json: Uint8Array, at: number): number {
  for (let index = at + 1; index < json.length; index++) {
    const byte = json[index];
    if (byte === BACKSLASH) index++;
    else if (byte === QUOTE) return index + 1;
  }
  throw malformed(json);
}

/** The index after the value that begins at `at`: a string, an array or object, or a literal. */
function valueEndAt(json: Uint8Array, at: number): number {
  let depth = 0;
  for (let index = at; index < json.length; index++) {
    const byte = json[index];
    if (byte === QUOTE) {
      index = stringEnd(json, index) - 1;
      if (depth === 0) return index + 1;
    } else if (byte === OPEN_BRACE || byte === OPEN_BRACKET) {
      depth++;
    } else if (byte === CLOSE_BRACE || byte === CLOSE_BRACKET) {
      if (depth === 0) return index;
      depth--;
      if (depth === 0) return index + 1;
    } else if (byte === COMMA && depth === 0) {
      return index;
    }
  }
  throw malformed(json);
}

function malformed(json: Uint8Array): NewsgraphError {
  const start = utf8.decode(json.subarray(0, 80));
  return new NewsgraphError(
    'STORE_SCHEMA',
    `stored annotations are not JSON as JSON.stringify writes it: ${start}`,
  );
}

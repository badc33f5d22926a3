import iconv from 'iconv-lite';
import { InputError } from '../input-error.js';

/** Where the character set of a page came from. */
export type CharsetSource = 'bom' | 'header' | 'meta' | 'sniffed';

export interface DecodedHtml {
  html: string;
  /** The encoding the bytes were decoded with, as iconv-lite names it (`utf-8`, `windows-1252`). */
  charset: string;
  source: CharsetSource;
  /** Set when a declared charset was unknown or contradicted by the bytes. */
  warning?: string;
}

/** How far into a page a `<meta charset>` is looked for; the HTML standard says 1024 bytes, pages say more. */
const PRESCAN_BYTES = 8192;
/** Labels that the HTML standard decodes as another encoding (a page saying latin-1 means windows-1252). */
const ALIASES: Record<string, string> = {
  'iso-8859-1': 'windows-1252',
  'iso8859-1': 'windows-1252',
  latin1: 'windows-1252',
  'us-ascii': 'windows-1252',
  ascii: 'windows-1252',
  gb2312: 'gbk',
  'x-gbk': 'gbk',
  'x-sjis': 'shift_jis',
  'utf-16': 'utf-8',
  'utf-16le': 'utf-8',
  'utf-16be': 'utf-8',
};
const utf8 = new TextDecoder('utf-8', { fatal: true });
const lenientUtf8 = new TextDecoder('utf-8');

/**
 * Decodes the bytes of an HTML page the way a browser would, in the standard's order: a byte
 * order mark, then the HTTP `Content-Type` charset, then `<meta charset>` (or the XML
 * declaration), then a sniff (UTF-8 when the bytes are valid UTF-8, else windows-1252). A
 * declaration that the bytes contradict loses: a page declared latin-1 whose bytes are valid,
 * non-ASCII UTF-8 is UTF-8.
 */
export function decodeHtml(bytes: Buffer, contentType?: string): DecodedHtml {
  if (bytes.length === 0) throw new InputError('empty page');
  const bom = bomCharset(bytes);
  if (bom) return { html: iconv.decode(bytes, bom), charset: bom, source: 'bom' };
  const header = contentType ? charsetParameter(contentType) : undefined;
  const meta = header ? undefined : metaCharset(bytes);
  const declared = header ?? meta;
  const source: CharsetSource = header ? 'header' : 'meta';
  if (declared === undefined) return sniff(bytes);
  const charset = canonicalCharset(declared);
  if (!charset) {
    return { ...sniff(bytes), warning: `unknown charset "${declared}" declared in the ${source}` };
  }
  if (charset === 'utf-8') {
    if (isUtf8(bytes)) return { html: utf8.decode(bytes), charset, source };
    return { ...sniff(bytes), warning: `declared UTF-8 in the ${source}, but the bytes are not UTF-8` };
  }
  if (isSingleByte(charset) && hasMultibyteUtf8(bytes) && isUtf8(bytes)) {
    return {
      html: utf8.decode(bytes),
      charset: 'utf-8',
      source: 'sniffed',
      warning: `declared ${declared} in the ${source}, but the bytes are UTF-8`,
    };
  }
  return { html: iconv.decode(bytes, charset), charset, source };
}

/** The `charset` parameter of a `Content-Type` value, unquoted. */
export function charsetParameter(contentType: string): string | undefined {
  const match = /;\s*charset\s*=\s*("?)([^";\s]+)\1/i.exec(contentType);
  return match?.[2];
}

function canonicalCharset(label: string): string | undefined {
  const lower = label.trim().toLowerCase();
  const name = ALIASES[lower] ?? lower;
  if (name === 'utf-8' || name === 'utf8') return 'utf-8';
  return iconv.encodingExists(name) ? name : undefined;
}

function bomCharset(bytes: Buffer): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

function metaCharset(bytes: Buffer): string | undefined {
  const head = bytes.toString('latin1', 0, Math.min(bytes.length, PRESCAN_BYTES));
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([^"']+)["']/i.exec(head);
  if (xml) return xml[1];
  for (const tag of head.matchAll(/<meta\b[^>]*>/gi)) {
    const direct = /\bcharset\s*=\s*["']?([^"'\s/>;]+)/i.exec(tag[0]);
    if (direct) return direct[1];
  }
  return undefined;
}

function sniff(bytes: Buffer): DecodedHtml {
  if (isUtf8(bytes)) return { html: utf8.decode(bytes), charset: 'utf-8', source: 'sniffed' };
  // Mostly UTF-8 with a few broken bytes stays UTF-8; a page with no UTF-8 sequence at all is legacy.
  if (hasMultibyteUtf8(bytes)) {
    return { html: lenientUtf8.decode(bytes), charset: 'utf-8', source: 'sniffed' };
  }
  return { html: iconv.decode(bytes, 'windows-1252'), charset: 'windows-1252', source: 'sniffed' };
}

function isUtf8(bytes: Buffer): boolean {
  try {
    utf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Whether the bytes hold at least one well-formed two-to-four-byte UTF-8 sequence. */
function hasMultibyteUtf8(bytes: Buffer): boolean {
  for (let index = 0; index < bytes.length - 1; index++) {
    const lead = bytes[index] as number;
    if (lead < 0xc2 || lead > 0xf4) continue;
    const length = lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : 4;
    let ok = index + length <= bytes.length;
    for (let next = 1; ok && next < length; next++) ok = ((bytes[index + next] as number) & 0xc0) === 0x80;
    if (ok) return true;
  }
  return false;
}

function isSingleByte(charset: string): boolean {
  return /^(windows-125\d|iso-8859-\d+|koi8-[ru]|cp125\d)$/.test(charset);
}

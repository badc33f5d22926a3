/**
 * What Windows-1252 puts at bytes 0x80-0x9F, indexed from 0x80 (WHATWG Encoding Standard's
 * index-windows-1252). The five bytes it leaves undefined keep their C1 control character.
 */
const HIGH_CONTROL_CHARACTERS =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/**
 * Decodes Windows-1252 bytes. TextDecoder('latin1') should do this by itself, but Node 20.18.3 and later
 * decode bytes 0x80-0x9F as C1 control characters (nodejs/node#60888), which would turn the curly quotes
 * and dashes of the GMB file into invisible characters; this maps them afterwards.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder('latin1')
    .decode(bytes)
    .replace(
      /[\u0080-\u009f]/g,
      (control) => HIGH_CONTROL_CHARACTERS.charAt(control.charCodeAt(0) - 0x80) || control,
    );
}

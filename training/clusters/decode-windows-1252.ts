/** Windows-1252's characters for bytes 0x80-0x9F; its five undefined bytes keep their C1 control. */
const HIGH_BYTES =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/**
 * GMB's "latin-1" file is really Windows-1252 (curly quotes at 0x91-0x94). Node 20.18.3 and later decode
 * `windows-1252` as ISO-8859-1 (nodejs/node#60888), so the 0x80-0x9F range is mapped here.
 */
export function decodeWindows1252(bytes: Buffer): string {
  return bytes
    .toString('latin1')
    .replace(/[\u0080-\u009f]/g, (control) => HIGH_BYTES[control.charCodeAt(0) - 0x80] ?? control);
}

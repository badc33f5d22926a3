/**
 * A word's shape: each upper-case letter `X`, lower-case `x`, digit `d`, other characters kept
 * (`McCain` -> `XxXxxxx`, `1996-08-22` -> `dddd-dd-dd`), and its short form with runs collapsed
 * (`XxXx`, `d-d-d`). Long words are cut so that a 10,000-character token costs no more than a
 * normal one.
 */
export function wordShape(word: string, maxLength = 12): string {
  let shape = '';
  const length = Math.min(word.length, maxLength);
  for (let index = 0; index < length; index++) shape += shapeChar(word.charCodeAt(index));
  return word.length > maxLength ? `${shape}…` : shape;
}

export function shortShape(word: string, maxLength = 40): string {
  let shape = '';
  let last = '';
  const length = Math.min(word.length, maxLength);
  for (let index = 0; index < length; index++) {
    const char = shapeChar(word.charCodeAt(index));
    if (char !== last) shape += char;
    last = char;
  }
  return shape;
}

function shapeChar(code: number): string {
  if (code >= 65 && code <= 90) return 'X';
  if (code >= 97 && code <= 122) return 'x';
  if (code >= 48 && code <= 57) return 'd';
  if (code < 128) return String.fromCharCode(code);
  const char = String.fromCharCode(code);
  const lower = char.toLowerCase();
  const upper = char.toUpperCase();
  if (lower !== upper) return char === upper ? 'X' : 'x';
  return 'u';
}

/** Whether the letters of a sentence are all upper-case (a headline or a dateline). */
export function isAllCaps(words: readonly string[]): boolean {
  let letters = 0;
  for (const word of words) {
    if (word !== word.toUpperCase()) return false;
    if (word !== word.toLowerCase()) letters++;
  }
  return letters > 0;
}

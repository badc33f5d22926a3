const TERMINAL_PUNCTUATION = /^[.?!…]+$/;

/** Marks that close whatever they follow, wherever they stand. */
const CLOSING_MARKS: ReadonlySet<string> = new Set(['”', '»', '›', ')', ']', '}']);

/**
 * Marks that close only when attached to the word before them: a straight quote opens in
 * `said "We` and closes in `over?" she`, and `’` is also an apostrophe (`’90s`).
 */
const AMBIGUOUS_MARKS: ReadonlySet<string> = new Set(['"', "'", '’']);

const OPENING_MARKS: ReadonlySet<string> = new Set([
  '“',
  '‘',
  '„',
  '«',
  '‹',
  '(',
  '[',
  '{',
  '¿',
  '¡',
  '"',
  "'",
]);

/** `.`, `?`, `!`, `…`, `...` and runs of them such as `?!`. */
export function isTerminalPunctuation(value: string): boolean {
  return TERMINAL_PUNCTUATION.test(value);
}

/**
 * A mark that stays with the sentence ending just before it: a closing quote or bracket, or
 * more terminal punctuation (`!!`). `isAttached` says it touches the token before it.
 */
export function isTrailingMark(value: string, isAttached: boolean): boolean {
  return (
    CLOSING_MARKS.has(value) || (isAttached && AMBIGUOUS_MARKS.has(value)) || isTerminalPunctuation(value)
  );
}

/** A mark that opens what follows it, so the word after it is the one that starts a sentence. */
export function isOpeningMark(value: string): boolean {
  return OPENING_MARKS.has(value);
}

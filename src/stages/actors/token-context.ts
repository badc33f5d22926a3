import type { Token } from '../../document/annotations.js';
import type { Span } from '../../document/span.js';

/** At most this many tokens are read on either side of a name. */
const WINDOW_TOKENS = 8;

const POSSESSIVE = new Set(["'s", '’s', "'", '’']);

/** A token and its text. */
export interface Word extends Span {
  text: string;
}

/**
 * The tokens around names, read without crossing a line break or punctuation other than a comma
 * (a comma is kept, as the edge of an apposition: "Directorate, Vladimir Ivanovsky"). A word with
 * inner hyphens is one word ("Secretary-General").
 */
export interface TokenContext {
  /** Up to 8 words just before `span` (which starts a word), in text order. */
  before(span: Span): Word[];
  /** Up to 8 words just after `span` (which ends a word), or up to `maxWords`. */
  after(span: Span, maxWords?: number): Word[];
}

export function createTokenContext(text: string, tokens: readonly Token[]): TokenContext {
  const words = joinHyphenated(
    tokens.map((token) => ({ start: token.start, end: token.end, text: text.slice(token.start, token.end) })),
  );
  const firstTokenAt = new Map(words.map((word, index) => [word.start, index]));
  const lastTokenAt = new Map(words.map((word, index) => [word.end, index]));
  const joins = (left: Word, right: Word) => !text.slice(left.end, right.start).includes('\n');
  return {
    before(span) {
      const first = firstTokenAt.get(span.start);
      const found: Word[] = [];
      if (first === undefined) return found;
      for (let at = first - 1; at >= 0 && found.length < WINDOW_TOKENS; at--) {
        const word = words[at] as Word;
        if (!isWordOrComma(word.text) || !joins(word, words[at + 1] as Word)) break;
        found.unshift(word);
      }
      return found;
    },
    after(span, maxWords = WINDOW_TOKENS) {
      const last = lastTokenAt.get(span.end);
      const found: Word[] = [];
      if (last === undefined) return found;
      for (let at = last + 1; at < words.length && found.length < maxWords; at++) {
        const word = words[at] as Word;
        if (!isWordOrComma(word.text) || !joins(words[at - 1] as Word, word)) break;
        found.push(word);
      }
      return found;
    },
  };
}

/** The words after the last comma of `found`: those in the same phrase as the name. */
export function wordsSinceComma(found: readonly Word[]): string[] {
  const comma = found.findLastIndex((word) => word.text === ',');
  return found.slice(comma + 1).map((word) => word.text);
}

/**
 * The tokens with each word written with inner hyphens made one word ("Secretary", "-",
 * "General" -> "Secretary-General"), so that "Attorney-General" is not read as a general.
 */
function joinHyphenated(tokens: readonly Word[]): Word[] {
  const words: Word[] = [];
  for (let at = 0; at < tokens.length; at++) {
    const token = tokens[at] as Word;
    const previous = words.at(-1);
    const next = tokens[at + 1];
    if (HYPHENS.has(token.text) && previous?.end === token.start && next?.start === token.end) {
      words[words.length - 1] = {
        start: previous.start,
        end: next.end,
        text: previous.text + token.text + next.text,
      };
      at++;
    } else words.push(token);
  }
  return words;
}

const HYPHENS = new Set(['-', '‐', '‑']);

function isWordOrComma(text: string): boolean {
  return text === ',' || POSSESSIVE.has(text) || /[\p{L}\p{N}]/u.test(text);
}

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
 * (a comma is kept, as the edge of an apposition: "Directorate, Vladimir Ivanovsky"; so is a
 * hyphen inside a word, as in "Secretary-General").
 */
export interface TokenContext {
  /** Up to 8 tokens just before `span` (which starts a token), in text order. */
  before(span: Span): Word[];
  /** Up to 8 tokens just after `span` (which ends a token). */
  after(span: Span): Word[];
}

export function createTokenContext(text: string, tokens: readonly Token[]): TokenContext {
  const words: Word[] = tokens.map((token) => ({
    start: token.start,
    end: token.end,
    text: text.slice(token.start, token.end),
  }));
  const firstTokenAt = new Map(tokens.map((token, index) => [token.start, index]));
  const lastTokenAt = new Map(tokens.map((token, index) => [token.end, index]));
  const joins = (left: Word, right: Word) => !text.slice(left.end, right.start).includes('\n');
  return {
    before(span) {
      const first = firstTokenAt.get(span.start);
      const found: Word[] = [];
      if (first === undefined) return found;
      for (let at = first - 1; at >= 0 && found.length < WINDOW_TOKENS; at--) {
        const word = words[at] as Word;
        if (!isPartOfPhrase(word, words[at - 1], words[at + 1]) || !joins(word, words[at + 1] as Word)) break;
        found.unshift(word);
      }
      return found;
    },
    after(span) {
      const last = lastTokenAt.get(span.end);
      const found: Word[] = [];
      if (last === undefined) return found;
      for (let at = last + 1; at < words.length && found.length < WINDOW_TOKENS; at++) {
        const word = words[at] as Word;
        if (!isPartOfPhrase(word, words[at - 1], words[at + 1]) || !joins(words[at - 1] as Word, word)) break;
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

/** A word, a comma, or a hyphen inside a word ("Secretary-General"), not a dash between words. */
function isPartOfPhrase(word: Word, previous: Word | undefined, next: Word | undefined): boolean {
  if (isWordOrComma(word.text)) return true;
  return HYPHENS.has(word.text) && previous?.end === word.start && next?.start === word.end;
}

const HYPHENS = new Set(['-', '‐', '‑']);

function isWordOrComma(text: string): boolean {
  return text === ',' || POSSESSIVE.has(text) || /[\p{L}\p{N}]/u.test(text);
}

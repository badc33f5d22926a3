import type { Token } from '../document/annotations.js';

/**
 * For tests of the stages' rules: the tokens of a text as runs of letters and digits and single
 * other characters, without parts of speech or lemmas.
 */
export function plainTokens(text: string): Token[] {
  return [...text.matchAll(/[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    pos: '',
    lemma: '',
  }));
}

import type { Token } from '../../document/annotations.js';
import type { Span } from '../../document/span.js';

/** A token of one sentence, read once: its text, lower-cased form, lemma and part of speech. */
export interface Word extends Span {
  text: string;
  lower: string;
  lemma: string;
  pos: string;
}

/**
 * The words of each sentence, in text order: the tokens that lie inside its span, white space
 * left out. One pass over tokens and sentences, both in text order.
 */
export function wordsBySentence(
  text: string,
  tokens: readonly Token[],
  sentences: readonly Span[],
): Word[][] {
  const result: Word[][] = [];
  let next = 0;
  for (const sentence of sentences) {
    const words: Word[] = [];
    while (next < tokens.length && (tokens[next] as Token).end <= sentence.start) next++;
    for (; next < tokens.length; next++) {
      const token = tokens[next] as Token;
      if (token.start >= sentence.end) break;
      const value = text.slice(token.start, token.end);
      if (value.trim().length === 0) continue;
      const lower = value.toLowerCase();
      words.push({
        start: token.start,
        end: token.end,
        text: value,
        lower,
        lemma: token.lemma.toLowerCase(),
        pos: token.pos,
      });
    }
    result.push(words);
  }
  return result;
}

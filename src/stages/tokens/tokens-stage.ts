import type { Token } from '../../document/annotations.js';
import type { Stage } from '../../pipeline/stage.js';
import { tagText } from './wink-tagger.js';

/** Tokens with part-of-speech tags and lemmas, paragraph by paragraph, as spans into the text. */
export const tokensStage: Stage<'paragraphs', 'tokens'> = {
  name: 'tokens',
  version: '1.1.0',
  requires: ['paragraphs'],
  produces: ['tokens'],
  run(article) {
    const tokens: Token[] = [];
    for (const paragraph of article.paragraphs) {
      const text = article.text.slice(paragraph.start, paragraph.end);
      tokens.push(...locateTokens(text, paragraph.start));
    }
    return { tokens };
  },
};

/**
 * Gives each wink token its offsets by finding its value in the text, in order. wink keeps
 * token values as written, so every value is found; a value that were not (a future model
 * that normalizes) is skipped rather than given a wrong span.
 */
function locateTokens(text: string, offset: number): Token[] {
  const tokens: Token[] = [];
  let cursor = 0;
  for (const token of tagText(text)) {
    const start = text.indexOf(token.value, cursor);
    if (start < 0 || token.value.length === 0) continue;
    const end = start + token.value.length;
    tokens.push({ start: offset + start, end: offset + end, pos: token.pos, lemma: token.lemma });
    cursor = end;
  }
  return tokens;
}

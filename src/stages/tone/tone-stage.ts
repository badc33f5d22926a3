import type { Stage } from '../../pipeline/stage.js';
import { countTone } from './count-tone.js';
import { readWords } from './read-words.js';
import { shippedToneLexicon, type ToneLexicon } from './tone-lexicon.js';

export interface ToneStageOptions {
  /** Instead of the shipped lexicon (VADER's words, `data/tone/`). */
  lexicon?: ToneLexicon;
}

/**
 * The article's tone as GDELT defines it: the percentages of all its words (title, lede and
 * body; punctuation is not a word) that the lexicon holds positive and negative, with negations
 * turning a word's tone around.
 */
export function createToneStage(options: ToneStageOptions = {}): Stage<'paragraphs' | 'tokens', 'tone'> {
  let lexicon: ToneLexicon | undefined;
  return {
    name: 'tone',
    version: '1.0.0',
    requires: ['paragraphs', 'tokens'],
    produces: ['tone'],
    run(article) {
      lexicon ??= options.lexicon ?? shippedToneLexicon();
      return { tone: countTone(readWords(article.text, article.tokens, article.paragraphs), lexicon) };
    },
  };
}

/** The default stage: the shipped lexicon, loaded on first use. */
export const toneStage = createToneStage();

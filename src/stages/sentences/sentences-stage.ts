import type { Stage } from '../../pipeline/stage.js';
import { splitSentences } from './split-sentences.js';

/** Sentence spans, paragraph by paragraph, decided from the tokens (not from wink's own splitter). */
export const sentencesStage: Stage<'paragraphs' | 'tokens', 'sentences'> = {
  name: 'sentences',
  version: '1.0.0',
  requires: ['paragraphs', 'tokens'],
  produces: ['sentences'],
  run(article) {
    return { sentences: splitSentences(article.text, article.tokens, article.paragraphs) };
  },
};

import { bodyParagraphs } from '../../document/article.js';
import type { Stage } from '../../pipeline/stage.js';
import { bodyWords } from './body-words.js';
import { MINHASH_OPTIONS, type MinHashOptions, minhashSignature } from './minhash-signature.js';
import { encodeSignature } from './signature-text.js';

/**
 * The MinHash signature of the article's body paragraphs (4-word shingles, 256 hashes): not the
 * title or lede, which a syndicating site rewrites most. The store compares it with the articles
 * stored before; the stage cannot know those, so whether an article is a copy is decided there.
 */
export function createDuplicatesStage(
  options: MinHashOptions = MINHASH_OPTIONS,
): Stage<'paragraphs', 'minhash'> {
  return {
    name: 'duplicates',
    version: `1.0.0+k${options.shingleWords}n${options.hashes}`,
    requires: ['paragraphs'],
    produces: ['minhash'],
    run(article) {
      const signature = minhashSignature(bodyWords(bodyParagraphs(article).join('\n')), options);
      return { minhash: signature ? encodeSignature(signature) : '' };
    },
  };
}

export const duplicatesStage = createDuplicatesStage();

import { describe, expect, it } from 'vitest';
import { type ArticleRecord, createArticle } from '../../document/article.js';
import { createPipeline } from '../../pipeline/create-pipeline.js';
import { runPipeline } from '../../pipeline/run-pipeline.js';
import { duplicatesStage } from './duplicates-stage.js';
import { estimateSimilarity } from './minhash-signature.js';
import { decodeSignature } from './signature-text.js';

const pipeline = createPipeline([duplicatesStage]);
const origin = { location: 'test', reader: 'test@1', contentHash: 'x', retrievedAt: '2024-01-01T00:00:00Z' };
const BODY = [
  'The ministers met in the capital on Monday to discuss the reopening of the border crossings.',
  'Trucks carrying food and medicine are expected to move again by the end of the week.',
];

function minhash(record: Partial<ArticleRecord>): string {
  const article = runPipeline(pipeline, createArticle({ title: 'Talks', body: BODY, ...record }, origin));
  if (article.minhash === undefined) throw new Error('no minhash layer');
  return article.minhash;
}

describe('duplicatesStage', () => {
  it('reads only the body: another headline, lede or source gives the same signature', () => {
    expect(minhash({ title: 'Another title', lede: 'A lede.', source: 'Elsewhere' })).toBe(minhash({}));
  });

  it('gives a signature of 256 values (1,024 bytes)', () => {
    expect(decodeSignature(minhash({}))).toHaveLength(256);
  });

  it('gives a copy with a dateline a signature close to the original', () => {
    const [first = '', second = ''] = BODY;
    const original = decodeSignature(minhash({})) as Uint32Array;
    const copy = decodeSignature(minhash({ body: [`PARIS (Wire) - ${first}`, second] })) as Uint32Array;
    // 32 words, 29 4-word shingles; the dateline adds 2 words (paris, wire) and 2 shingles: 29/31 = 0.94.
    expect(estimateSimilarity(original, copy)).toBeGreaterThan(0.8);
  });

  it('gives an empty signature for an empty or one-word body', () => {
    expect(minhash({ body: [] })).toBe('');
    expect(minhash({ body: ['Developing.'] })).toBe('');
  });

  it('signs a body of several hundred kilobytes without failing', () => {
    const body = Array.from(
      { length: 2000 },
      (_, index) => `Paragraph ${index} of a very long report on the talks.`,
    );
    expect(decodeSignature(minhash({ body }))).toHaveLength(256);
  });
});

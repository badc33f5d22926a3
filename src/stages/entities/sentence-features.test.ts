import { describe, expect, it } from 'vitest';
import { documentCasing } from './document-casing.js';
import { sentenceFeatures } from './sentence-features.js';

const words = ['Netanyahu', 'met', 'Putin', 'in', 'Jerusalem', '.'];

describe('sentenceFeatures', () => {
  it('gives every word its features, the same each time', () => {
    const a = sentenceFeatures({ words });
    const b = sentenceFeatures({ words });
    expect(a.offsets).toHaveLength(words.length + 1);
    expect(Array.from(a.features)).toEqual(Array.from(b.features));
    for (let i = 0; i < words.length; i++)
      expect((a.offsets[i + 1] ?? 0) - (a.offsets[i] ?? 0)).toBeGreaterThan(10);
  });

  it('tells a word from its neighbours: the same word in another context has other features', () => {
    const here = sentenceFeatures({ words: ['Putin', 'said'] });
    const there = sentenceFeatures({ words: ['said', 'Putin'] });
    expect(Array.from(here.features.subarray(0, here.offsets[1]))).not.toEqual(
      Array.from(there.features.subarray(there.offsets[1], there.offsets[2])),
    );
  });

  it('adds gazetteer, cluster and document casing features when given them', () => {
    const plain = sentenceFeatures({ words });
    const rich = sentenceFeatures({
      words,
      gazetteer: words.map((word) => (word === 'Jerusalem' ? ['city-U'] : [])),
      clusterOf: (word) => (word === 'Putin' ? '0110101101' : undefined),
      casing: documentCasing([words]),
    });
    expect(rich.features.length).toBeGreaterThan(plain.features.length);
  });

  it('handles an empty sentence', () => {
    expect(sentenceFeatures({ words: [] }).features).toHaveLength(0);
  });

  it('gives a 10,000-character token no more features than a short word', () => {
    const long = sentenceFeatures({ words: ['x'.repeat(10_000)] });
    const short = sentenceFeatures({ words: ['xxxxxxxx'] });
    expect(long.features.length).toBe(short.features.length);
  });
});

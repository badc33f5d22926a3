import { describe, expect, it } from 'vitest';
import { estimateSimilarity, minhashSignature } from './minhash-signature.js';

/** `count` distinct words: w0, w1, ... */
const words = (count: number, from = 0) => Array.from({ length: count }, (_, index) => `w${from + index}`);

describe('minhashSignature', () => {
  it('gives the same signature for the same words, on every run', () => {
    const signature = minhashSignature(words(50));
    expect(signature).toHaveLength(256);
    expect(minhashSignature(words(50))).toEqual(signature);
  });

  it('gives no signature for fewer words than one shingle', () => {
    expect(minhashSignature([])).toBeUndefined();
    expect(minhashSignature(['one', 'two'], { shingleWords: 3, hashes: 8 })).toBeUndefined();
    expect(minhashSignature(['one', 'two', 'three'], { shingleWords: 3, hashes: 8 })).toHaveLength(8);
  });

  it('depends on the order of the words, not only on which words there are', () => {
    const forward = minhashSignature(words(40)) as Uint32Array;
    const backward = minhashSignature(words(40).reverse()) as Uint32Array;
    expect(estimateSimilarity(forward, backward)).toBeLessThan(0.1);
  });

  it('estimates the Jaccard similarity of the 3-word shingles within 0.1', () => {
    // 0..201 and 100..301: 200 shingles each, 100 shared (w100..w201), a Jaccard of 100/300.
    const options = { shingleWords: 3, hashes: 256 };
    const a = minhashSignature(words(202), options) as Uint32Array;
    const b = minhashSignature(words(202, 100), options) as Uint32Array;
    expect(Math.abs(estimateSimilarity(a, b) - 1 / 3)).toBeLessThan(0.1);
  });
});

describe('estimateSimilarity', () => {
  it('is the share of positions that agree', () => {
    expect(estimateSimilarity(Uint32Array.of(1, 2, 3, 4), Uint32Array.of(1, 2, 0, 0))).toBe(0.5);
  });

  it('is 0 for signatures of different lengths or none', () => {
    expect(estimateSimilarity(Uint32Array.of(1), Uint32Array.of(1, 2))).toBe(0);
    expect(estimateSimilarity(new Uint32Array(0), new Uint32Array(0))).toBe(0);
  });
});

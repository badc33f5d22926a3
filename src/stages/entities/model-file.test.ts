import { describe, expect, it } from 'vitest';
import { decodeTagger, encodeTagger, type ModelParts } from './model-file.js';

const parts: ModelParts = {
  types: ['PER'],
  settings: { gazetteer: true, clusters: false, casing: true },
  transitions: Float32Array.from({ length: 25 }, (_, i) => i / 10),
  keys: Int32Array.from([10, 20]),
  rowStarts: Uint32Array.from([0, 1, 3]),
  labels: Uint8Array.from([1, 0, 4]),
  weights: Float32Array.from([1.5, -0.25, 3]),
};

describe('the tagger file', () => {
  it('gives back both passes in one table, their transitions, settings and card, weights as int16 times a scale', () => {
    const tagger = decodeTagger(encodeTagger(parts, parts, { trainedOn: 'toy' }));
    expect(tagger.card).toEqual({ trainedOn: 'toy' });
    expect(tagger.labelSet.labels).toEqual(['O', 'B-PER', 'I-PER', 'L-PER', 'U-PER']);
    expect(tagger.settings).toEqual(parts.settings);
    expect(Array.from(tagger.firstTransitions)).toEqual(Array.from(parts.transitions));
    expect(Array.from(tagger.secondTransitions ?? [])).toEqual(Array.from(parts.transitions));
    expect(tagger.weights.labelCount).toBe(10);
    const out = new Float32Array(10);
    tagger.weights.addScores(Int32Array.from([10, 20]), 0, 2, out, 0);
    // Key 10 weighs 1.5 on label 1; key 20 weighs -0.25 on label 0 and 3 on label 4; the second
    // pass's copies sit five labels further on.
    const expected = [-0.25, 1.5, 0, 0, 3, -0.25, 1.5, 0, 0, 3];
    expected.forEach((value, index) => {
      expect(Number.isInteger(out[index])).toBe(true);
      expect((out[index] as number) * tagger.weightScale).toBeCloseTo(value, 3);
    });
  });

  it('stores a one-pass tagger without a second pass', () => {
    const tagger = decodeTagger(encodeTagger(parts, undefined, {}));
    expect(tagger.secondTransitions).toBeUndefined();
    expect(tagger.weights.labelCount).toBe(5);
  });

  it('refuses a file that is not a tagger', async () => {
    const { gzipSync } = await import('node:zlib');
    expect(() => decodeTagger(gzipSync(Buffer.from('hello')))).toThrow(/not a newsgraph entity tagger/);
  });
});

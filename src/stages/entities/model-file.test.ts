import { describe, expect, it } from 'vitest';
import { decodeTagger, encodeTagger, type ModelParts } from './model-file.js';

const parts: ModelParts = {
  types: ['PER'],
  settings: { gazetteer: true, clusters: false, casing: true },
  transitions: Float32Array.from({ length: 25 }, (_, i) => i / 10),
  keys: Uint32Array.from([10, 20]),
  rowStarts: Uint32Array.from([0, 1, 3]),
  labels: Uint8Array.from([1, 0, 4]),
  weights: Float32Array.from([1.5, -0.25, 3]),
};

describe('the tagger file', () => {
  it('gives back the passes, settings and card it stored, weights within int16 precision', () => {
    const tagger = decodeTagger(encodeTagger([parts, parts], { trainedOn: 'toy' }));
    expect(tagger.card).toEqual({ trainedOn: 'toy' });
    expect(tagger.first.labelSet.labels).toEqual(['O', 'B-PER', 'I-PER', 'L-PER', 'U-PER']);
    expect(tagger.first.settings).toEqual(parts.settings);
    expect(Array.from(tagger.first.transitions)).toEqual(Array.from(parts.transitions));
    const out = new Float32Array(5);
    tagger.second?.weights.addScores(Uint32Array.from([10, 20]), 0, 2, out, 0);
    expect(out[0]).toBeCloseTo(-0.25, 3);
    expect(out[1]).toBeCloseTo(1.5, 3);
    expect(out[4]).toBeCloseTo(3, 3);
  });

  it('refuses a file that is not a tagger', async () => {
    const { gzipSync } = await import('node:zlib');
    expect(() => decodeTagger(gzipSync(Buffer.from('hello')))).toThrow(/not a newsgraph entity tagger/);
  });
});

import { describe, expect, it } from 'vitest';
import { QuantizedWeights } from './quantized-weights.js';

describe('QuantizedWeights', () => {
  // Keys 16 apart share their low bits, so they collide in a small table and must be probed past.
  const keys = Int32Array.from([3, 19, 35, 51]);
  const rowStarts = Uint32Array.from([0, 2, 3, 3, 4]);
  const labels = Uint8Array.from([0, 2, 1, 2]);
  const weights = Int16Array.from([5, -32768, 32767, 4]);
  const table = new QuantizedWeights(3, keys, rowStarts, labels, weights);

  it('adds the weights of each known feature to its labels, the extremes of int16 included', () => {
    const out = new Float32Array(3);
    table.addScores(Int32Array.from([3, 19, 51]), 0, 3, out, 0);
    expect(Array.from(out)).toEqual([5, 32767, -32764]);
  });

  it('ignores features it has no weight for, and rows without entries', () => {
    const out = new Float32Array(3);
    table.addScores(Int32Array.from([7, 35, 999]), 0, 3, out, 0);
    expect(Array.from(out)).toEqual([0, 0, 0]);
  });

  it('writes at the given offset and reads only the given range of features', () => {
    const out = new Float32Array(6);
    table.addScores(Int32Array.from([3, 19]), 1, 2, out, 3);
    expect(Array.from(out)).toEqual([0, 0, 0, 0, 32767, 0]);
  });

  it('refuses more labels than an entry can name', () => {
    expect(() => new QuantizedWeights(257, keys, rowStarts, labels, weights)).toThrow(RangeError);
  });
});

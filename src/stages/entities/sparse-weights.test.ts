import { describe, expect, it } from 'vitest';
import { SparseWeights } from './sparse-weights.js';

describe('SparseWeights', () => {
  // Keys 16 apart share their low bits, so they collide in a small table and must be probed past.
  const keys = Int32Array.from([3, 19, 35, 51]);
  const rowStarts = Uint32Array.from([0, 2, 3, 3, 4]);
  const labels = Uint8Array.from([0, 2, 1, 2]);
  const weights = Float32Array.from([0.5, -1, 2, 4]);
  const table = new SparseWeights(3, keys, rowStarts, labels, weights);

  it('adds the weights of each known feature to its labels', () => {
    const out = new Float32Array(3);
    table.addScores(Int32Array.from([3, 19, 51]), 0, 3, out, 0);
    expect(Array.from(out)).toEqual([0.5, 2, 3]);
  });

  it('ignores features it has no weight for, and rows without entries', () => {
    const out = new Float32Array(3);
    table.addScores(Int32Array.from([7, 35, 999]), 0, 3, out, 0);
    expect(Array.from(out)).toEqual([0, 0, 0]);
  });

  it('writes at the given offset and reads only the given range of features', () => {
    const out = new Float32Array(6);
    table.addScores(Int32Array.from([3, 19]), 1, 2, out, 3);
    expect(Array.from(out)).toEqual([0, 0, 0, 0, 2, 0]);
  });
});

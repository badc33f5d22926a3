import { seededRandom } from './seeded-random.js';
import type { SparseRows } from './sparse-rows.js';
import { type SplitOptions, splitInTwo } from './split-in-two.js';

export interface BisectOptions extends SplitOptions {
  /** Longest path; a group still together at this depth shares one path. */
  maxBits: number;
  seed: number;
}

/**
 * Top-down hierarchical clustering by repeated 2-means (bisecting k-means, Steinbach, Karypis & Kumar
 * 2000): each split appends a bit, so words sharing a longer prefix were kept together longer. Bit 0
 * is the side with the larger total weight, which makes paths independent of k-means' side labels.
 * Returns a path (string of 0/1) per row.
 */
export function bisectClusters(matrix: SparseRows, weights: Float64Array, options: BisectOptions): string[] {
  const rows = matrix.offsets.length - 1;
  const paths = new Array<string>(rows).fill('');
  const random = seededRandom(options.seed);
  const localOf = new Int32Array(matrix.columns).fill(-1);
  const pending: Array<{ members: Int32Array; path: string }> = [
    { members: Int32Array.from({ length: rows }, (_, row) => row), path: '' },
  ];
  for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
    const { members, path } = node;
    const sides =
      members.length > 1 && path.length < options.maxBits
        ? splitInTwo(members, matrix, weights, random, options, localOf)
        : undefined;
    if (sides === undefined) {
      for (const row of members) paths[row] = path;
      continue;
    }
    const [heavy, light] = partition(members, sides, weights);
    pending.push({ members: light, path: `${path}1` }, { members: heavy, path: `${path}0` });
  }
  return paths;
}

/** The members of each side, heavier side first, each in the original order. */
function partition(members: Int32Array, sides: Uint8Array, weights: Float64Array): [Int32Array, Int32Array] {
  const groups: [number[], number[]] = [[], []];
  const totals = [0, 0];
  members.forEach((row, at) => {
    const side = sides[at] as 0 | 1;
    groups[side].push(row);
    totals[side] = (totals[side] as number) + (weights[row] as number);
  });
  const [zero, one] = [Int32Array.from(groups[0]), Int32Array.from(groups[1])];
  return (totals[0] as number) >= (totals[1] as number) ? [zero, one] : [one, zero];
}

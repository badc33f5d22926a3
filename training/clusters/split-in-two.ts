import type { SparseRows } from './sparse-rows.js';

export interface SplitOptions {
  /** k-means runs from different seeds; the split with the highest objective is kept. */
  restarts: number;
  maxIterations: number;
}

/**
 * Spherical 2-means (Dhillon & Modha 2001) over unit-length rows: each row goes to the centroid with the
 * higher cosine, and a split is scored by the sum of weighted cosines to its centroid. Rows are weighted
 * (by log frequency) so that frequent words, whose contexts are well estimated, steer the centroids.
 * Returns, per member, side 0 or 1, or undefined when no restart separated the members.
 */
export function splitInTwo(
  members: Int32Array,
  matrix: SparseRows,
  weights: Float64Array,
  random: () => number,
  options: SplitOptions,
  /** `matrix.columns` long, all -1; borrowed as scratch and left all -1 again. */
  localOf: Int32Array,
): Uint8Array | undefined {
  const space = localSpace(members, matrix, localOf);
  let best: Uint8Array | undefined;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (let restart = 0; restart < options.restarts; restart++) {
    const sides = seedSides(members, matrix, weights, space, random);
    const score = refine(members, matrix, weights, space, sides, options.maxIterations);
    if (score > bestScore) {
      bestScore = score;
      best = sides;
    }
  }
  space.release();
  return best;
}

/** The columns used by the members, renumbered densely so centroids cost O(columns used), not O(all). */
interface LocalSpace {
  localOf: Int32Array;
  size: number;
  release(): void;
}

function localSpace(members: Int32Array, matrix: SparseRows, localOf: Int32Array): LocalSpace {
  const used: number[] = [];
  for (const row of members) {
    for (let entry = matrix.offsets[row] as number; entry < (matrix.offsets[row + 1] as number); entry++) {
      const column = matrix.indices[entry] as number;
      if (localOf[column] === -1) {
        localOf[column] = used.length;
        used.push(column);
      }
    }
  }
  return {
    localOf,
    size: used.length,
    release: () => {
      for (const column of used) localOf[column] = -1;
    },
  };
}

/** k-means++ seeding with cosine distance, then every member assigned to the nearer seed. */
function seedSides(
  members: Int32Array,
  matrix: SparseRows,
  weights: Float64Array,
  space: LocalSpace,
  random: () => number,
): Uint8Array {
  const first =
    members[pickWeighted(members.length, (at) => weights[members[at] as number] as number, random)];
  const firstVector = denseRow(first as number, matrix, space);
  const distances = new Float64Array(members.length);
  members.forEach((row, at) => {
    distances[at] = (weights[row] as number) * Math.max(0, 1 - dot(row, matrix, space, firstVector));
  });
  const second = members[pickWeighted(members.length, (at) => distances[at] as number, random)];
  const secondVector = denseRow(second as number, matrix, space);
  const sides = new Uint8Array(members.length);
  members.forEach((row, at) => {
    sides[at] = dot(row, matrix, space, secondVector) > dot(row, matrix, space, firstVector) ? 1 : 0;
  });
  return sides;
}

/** Lloyd iterations until no member moves; returns the objective of the final sides (-Infinity if one is empty). */
function refine(
  members: Int32Array,
  matrix: SparseRows,
  weights: Float64Array,
  space: LocalSpace,
  sides: Uint8Array,
  maxIterations: number,
): number {
  const centroids = [new Float64Array(space.size), new Float64Array(space.size)] as const;
  let score = Number.NEGATIVE_INFINITY;
  for (let iteration = 0; iteration <= maxIterations; iteration++) {
    centroids[0].fill(0);
    centroids[1].fill(0);
    members.forEach((row, at) => {
      addRow(row, weights[row] as number, matrix, space, centroids[sides[at] as 0 | 1]);
    });
    const norms = [normalize(centroids[0]), normalize(centroids[1])] as const;
    // With unit-length centroids, the weighted cosine sum of a side equals the length of its sum.
    score = norms[0] === 0 || norms[1] === 0 ? Number.NEGATIVE_INFINITY : norms[0] + norms[1];
    if (score === Number.NEGATIVE_INFINITY || iteration === maxIterations) break;
    let moved = 0;
    members.forEach((row, at) => {
      const side = dot(row, matrix, space, centroids[1]) > dot(row, matrix, space, centroids[0]) ? 1 : 0;
      if (side !== sides[at]) {
        sides[at] = side;
        moved++;
      }
    });
    if (moved === 0) break;
  }
  return score;
}

function pickWeighted(count: number, weightAt: (at: number) => number, random: () => number): number {
  let total = 0;
  for (let at = 0; at < count; at++) total += weightAt(at);
  if (total <= 0) return Math.floor(random() * count);
  let target = random() * total;
  for (let at = 0; at < count; at++) {
    target -= weightAt(at);
    if (target < 0) return at;
  }
  return count - 1;
}

function denseRow(row: number, matrix: SparseRows, space: LocalSpace): Float64Array {
  const vector = new Float64Array(space.size);
  addRow(row, 1, matrix, space, vector);
  return vector;
}

function addRow(
  row: number,
  weight: number,
  matrix: SparseRows,
  space: LocalSpace,
  into: Float64Array,
): void {
  const { offsets, indices, values } = matrix;
  for (let entry = offsets[row] as number; entry < (offsets[row + 1] as number); entry++) {
    const local = space.localOf[indices[entry] as number] as number;
    into[local] = (into[local] as number) + weight * (values[entry] as number);
  }
}

function dot(row: number, matrix: SparseRows, space: LocalSpace, vector: Float64Array): number {
  const { offsets, indices, values } = matrix;
  let sum = 0;
  for (let entry = offsets[row] as number; entry < (offsets[row + 1] as number); entry++) {
    sum += (values[entry] as number) * (vector[space.localOf[indices[entry] as number] as number] as number);
  }
  return sum;
}

/** Scales to unit length in place; returns the length before scaling. */
function normalize(vector: Float64Array): number {
  let squares = 0;
  for (let at = 0; at < vector.length; at++) squares += (vector[at] as number) ** 2;
  const norm = Math.sqrt(squares);
  if (norm > 0) for (let at = 0; at < vector.length; at++) vector[at] = (vector[at] as number) / norm;
  return norm;
}

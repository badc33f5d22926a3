import type { SparseRows } from './sparse-rows.js';

/**
 * Turns context counts into positive PMI, in place, then scales every row to unit length so that a dot
 * product is a cosine. Context probabilities are smoothed by raising counts to `alpha` (0.75, Levy,
 * Goldberg & Dagan 2015): without it, rare contexts get huge PMI from a single co-occurrence.
 */
export function weightContexts(matrix: SparseRows, alpha = 0.75): void {
  const { offsets, indices, values, columns } = matrix;
  const contextTotals = new Float64Array(columns);
  for (let entry = 0; entry < values.length; entry++) {
    const column = indices[entry] as number;
    contextTotals[column] = (contextTotals[column] as number) + (values[entry] as number);
  }
  let smoothedSum = 0;
  for (let column = 0; column < columns; column++) {
    contextTotals[column] = (contextTotals[column] as number) ** alpha;
    smoothedSum += contextTotals[column] as number;
  }
  const rows = offsets.length - 1;
  for (let row = 0; row < rows; row++) {
    const from = offsets[row] as number;
    const to = offsets[row + 1] as number;
    let rowTotal = 0;
    for (let entry = from; entry < to; entry++) rowTotal += values[entry] as number;
    let squares = 0;
    for (let entry = from; entry < to; entry++) {
      const contextProbability = (contextTotals[indices[entry] as number] as number) / smoothedSum;
      const pmi = Math.log((values[entry] as number) / rowTotal / contextProbability);
      const weight = Math.max(pmi, 0);
      values[entry] = weight;
      squares += weight * weight;
    }
    const norm = Math.sqrt(squares);
    if (norm > 0)
      for (let entry = from; entry < to; entry++) values[entry] = (values[entry] as number) / norm;
  }
}

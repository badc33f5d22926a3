import type { LabelSet } from './label-set.js';

/**
 * The best label sequence under emission scores and label-to-label transition scores, allowing
 * only legal BILOU sequences. Word `i`'s score for label `l` is `emissions[i * stride + offset + l]`
 * times `scale`, so that two passes can share one score array of whole-number weights. Linear in
 * the number of words.
 */
export function viterbi(
  emissions: Float32Array,
  transitions: Float32Array,
  labelSet: LabelSet,
  count: number,
  stride = labelSet.labels.length,
  offset = 0,
  scale = 1,
): Int32Array {
  const size = labelSet.labels.length;
  const path = new Int32Array(count);
  if (count === 0) return path;
  const score = new Float64Array(count * size);
  const back = new Int32Array(count * size);
  const { canStart, canEnd, predecessors } = labelSet;
  for (let label = 0; label < size; label++) {
    score[label] = canStart[label] ? (emissions[offset + label] as number) * scale : Number.NEGATIVE_INFINITY;
  }
  for (let i = 1; i < count; i++) {
    const row = i * size;
    const previous = row - size;
    const scores = i * stride + offset;
    for (let to = 0; to < size; to++) {
      const from = predecessors[to] as Int32Array;
      let best = Number.NEGATIVE_INFINITY;
      let bestFrom = 0;
      for (let k = 0; k < from.length; k++) {
        const candidate = from[k] as number;
        const value =
          (score[previous + candidate] as number) + (transitions[candidate * size + to] as number);
        if (value > best) {
          best = value;
          bestFrom = candidate;
        }
      }
      score[row + to] = best + (emissions[scores + to] as number) * scale;
      back[row + to] = bestFrom;
    }
  }
  const last = (count - 1) * size;
  let bestLabel = 0;
  let best = Number.NEGATIVE_INFINITY;
  for (let label = 0; label < size; label++) {
    const candidate = canEnd[label] ? (score[last + label] as number) : Number.NEGATIVE_INFINITY;
    if (candidate > best) {
      best = candidate;
      bestLabel = label;
    }
  }
  path[count - 1] = bestLabel;
  for (let i = count - 1; i > 0; i--) path[i - 1] = back[i * size + (path[i] as number)] as number;
  return path;
}

import type { LabelSet } from './label-set.js';

/**
 * The best label sequence under emission scores (`words × labels`) and label-to-label transition
 * scores, allowing only legal BILOU sequences. Linear in the number of words.
 */
export function viterbi(
  emissions: Float32Array,
  transitions: Float32Array,
  labelSet: LabelSet,
  count: number,
): Int32Array {
  const size = labelSet.labels.length;
  const path = new Int32Array(count);
  if (count === 0) return path;
  const score = new Float64Array(count * size);
  const back = new Int32Array(count * size);
  const { isAllowed, canStart, canEnd } = labelSet;
  for (let label = 0; label < size; label++) {
    score[label] = canStart[label] ? (emissions[label] as number) : Number.NEGATIVE_INFINITY;
  }
  for (let i = 1; i < count; i++) {
    const row = i * size;
    const previous = row - size;
    for (let to = 0; to < size; to++) {
      let best = Number.NEGATIVE_INFINITY;
      let bestFrom = 0;
      for (let from = 0; from < size; from++) {
        if (!isAllowed[from * size + to]) continue;
        const candidate = (score[previous + from] as number) + (transitions[from * size + to] as number);
        if (candidate > best) {
          best = candidate;
          bestFrom = from;
        }
      }
      score[row + to] = best + (emissions[row + to] as number);
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

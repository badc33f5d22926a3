import type { LabelSet } from './label-set.js';

/**
 * Path scores and back-pointers, reused from sentence to sentence: grown up to sentences of
 * `KEPT_WORDS` words (2.4 MB with 25 labels); a longer sentence gets arrays of its own.
 */
const KEPT_WORDS = 8192;
let scoreBuffer = new Float64Array(1024);
let backBuffer = new Int32Array(1024);

/** How the scores of one pass sit in a shared score array, and what is known of its transitions. */
export interface ScoreLayout {
  /** Word `i`'s score for label `l` is `emissions[i * stride + offset + l] * scale`. */
  stride?: number;
  offset?: number;
  scale?: number;
  /** `largestTransitionsInto(transitions, labelSet)`, when the transitions no longer change. */
  largestInto?: Float64Array;
}

/**
 * The best label sequence under emission scores and label-to-label transition scores, allowing
 * only legal BILOU sequences. Two passes can share one score array of whole-number weights (see
 * `ScoreLayout`). Linear in the number of words.
 *
 * Each label takes its best predecessor, the first in label order among equals. An I- or L-
 * label has two to try. O, B- and U- labels follow the 13 closers (O, L-, U-): most words have a
 * clear leader among them, and when the runner-up's path score plus the largest transition into
 * a label is below the leader's total, the leader wins without the other 12 being added up
 * (floating-point addition is monotonic, so this is exact).
 */
export function viterbi(
  emissions: Float32Array,
  transitions: Float32Array,
  labelSet: LabelSet,
  count: number,
  layout: ScoreLayout = {},
): Int32Array {
  const size = labelSet.labels.length;
  const { stride = size, offset = 0, scale = 1 } = layout;
  const path = new Int32Array(count);
  if (count === 0) return path;
  const isLong = count > KEPT_WORDS;
  if (!isLong && scoreBuffer.length < count * size) {
    scoreBuffer = new Float64Array(Math.min(count * 2, KEPT_WORDS) * size);
    backBuffer = new Int32Array(scoreBuffer.length);
  }
  const score = isLong ? new Float64Array(count * size) : scoreBuffer;
  const back = isLong ? new Int32Array(count * size) : backBuffer;
  const largestInto = layout.largestInto ?? largestTransitionsInto(transitions, labelSet);
  const { canStart, canEnd, closers, inside } = labelSet;
  for (let label = 0; label < size; label++) {
    score[label] = canStart[label] ? (emissions[offset + label] as number) * scale : Number.NEGATIVE_INFINITY;
  }
  for (let i = 1; i < count; i++) {
    const row = i * size;
    const previous = row - size;
    const scores = i * stride + offset;
    let leader = closers[0] as number;
    let leaderScore = score[previous + leader] as number;
    let runnerUpScore = Number.NEGATIVE_INFINITY;
    for (let k = 1; k < closers.length; k++) {
      const closer = closers[k] as number;
      const value = score[previous + closer] as number;
      if (value > leaderScore) {
        runnerUpScore = leaderScore;
        leaderScore = value;
        leader = closer;
      } else if (value > runnerUpScore) runnerUpScore = value;
    }
    for (let to = 0; to < size; to++) {
      let best = Number.NEGATIVE_INFINITY;
      let bestFrom = 0;
      const begin = inside[2 * to] as number;
      if (begin >= 0) {
        const within = inside[2 * to + 1] as number;
        const fromBegin = (score[previous + begin] as number) + (transitions[begin * size + to] as number);
        const fromWithin = (score[previous + within] as number) + (transitions[within * size + to] as number);
        if (fromBegin > best) {
          best = fromBegin;
          bestFrom = begin;
        }
        if (fromWithin > best) {
          best = fromWithin;
          bestFrom = within;
        }
      } else {
        best = leaderScore + (transitions[leader * size + to] as number);
        bestFrom = leader;
        if (!(runnerUpScore + (largestInto[to] as number) < best)) {
          best = Number.NEGATIVE_INFINITY;
          bestFrom = 0;
          for (let k = 0; k < closers.length; k++) {
            const candidate = closers[k] as number;
            const value =
              (score[previous + candidate] as number) + (transitions[candidate * size + to] as number);
            if (value > best) {
              best = value;
              bestFrom = candidate;
            }
          }
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

/** For each O, B- or U- label, the largest transition score into it from a closer (others: 0). */
export function largestTransitionsInto(transitions: Float32Array, labelSet: LabelSet): Float64Array {
  const size = labelSet.labels.length;
  const { closers, inside } = labelSet;
  const largestInto = new Float64Array(size);
  for (let to = 0; to < size; to++) {
    if ((inside[2 * to] as number) >= 0) continue;
    let largest = Number.NEGATIVE_INFINITY;
    for (const closer of closers) largest = Math.max(largest, transitions[closer * size + to] as number);
    largestInto[to] = largest;
  }
  return largestInto;
}

import type { LabelSet } from './label-set.js';

/** Path scores and back-pointers, reused from sentence to sentence: grown, never shrunk. */
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
 * Each label takes its best predecessor, the first in label order among equals. Most words have a
 * clear leader among the 13 labels that O, B- and U- labels may follow: when the runner-up's path
 * score plus the largest transition into a label is below the leader's total, the leader wins
 * without the other 12 being added up (floating-point addition is monotonic, so this is exact).
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
  if (scoreBuffer.length < count * size) {
    scoreBuffer = new Float64Array(count * size * 2);
    backBuffer = new Int32Array(count * size * 2);
  }
  const score = scoreBuffer;
  const back = backBuffer;
  const largestInto = layout.largestInto ?? largestTransitionsInto(transitions, labelSet);
  const { canStart, canEnd, predecessorGroup, groupStarts, groupMembers } = labelSet;
  for (let label = 0; label < size; label++) {
    score[label] = canStart[label] ? (emissions[offset + label] as number) * scale : Number.NEGATIVE_INFINITY;
  }
  // The leader and runner-up, by previous path score, of the group `leaderGroup`.
  let leaderGroup = -1;
  let leader = 0;
  let runnerUpScore = 0;
  for (let i = 1; i < count; i++) {
    const row = i * size;
    const previous = row - size;
    const scores = i * stride + offset;
    leaderGroup = -1;
    for (let to = 0; to < size; to++) {
      const group = predecessorGroup[to] as number;
      const start = groupStarts[group] as number;
      const end = groupStarts[group + 1] as number;
      let best = Number.NEGATIVE_INFINITY;
      let bestFrom = 0;
      if (end - start === 2) {
        // I- and L- labels: the B- or I- label of their type.
        const first = groupMembers[start] as number;
        const second = groupMembers[start + 1] as number;
        const fromFirst = (score[previous + first] as number) + (transitions[first * size + to] as number);
        const fromSecond = (score[previous + second] as number) + (transitions[second * size + to] as number);
        if (fromFirst > best) {
          best = fromFirst;
          bestFrom = first;
        }
        if (fromSecond > best) {
          best = fromSecond;
          bestFrom = second;
        }
      } else {
        if (end - start > 2) {
          if (group !== leaderGroup) {
            leaderGroup = group;
            leader = groupMembers[start] as number;
            let leaderScore = score[previous + leader] as number;
            runnerUpScore = Number.NEGATIVE_INFINITY;
            for (let k = start + 1; k < end; k++) {
              const member = groupMembers[k] as number;
              const value = score[previous + member] as number;
              if (value > leaderScore) {
                runnerUpScore = leaderScore;
                leaderScore = value;
                leader = member;
              } else if (value > runnerUpScore) runnerUpScore = value;
            }
          }
          best = (score[previous + leader] as number) + (transitions[leader * size + to] as number);
          bestFrom = leader;
        }
        if (!(runnerUpScore + (largestInto[to] as number) < best)) {
          best = Number.NEGATIVE_INFINITY;
          bestFrom = 0;
          for (let k = start; k < end; k++) {
            const candidate = groupMembers[k] as number;
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

/** For each label, the largest transition score into it from a label that may precede it. */
export function largestTransitionsInto(transitions: Float32Array, labelSet: LabelSet): Float64Array {
  const size = labelSet.labels.length;
  const { predecessorGroup, groupStarts, groupMembers } = labelSet;
  const largestInto = new Float64Array(size);
  for (let to = 0; to < size; to++) {
    const group = predecessorGroup[to] as number;
    let largest = Number.NEGATIVE_INFINITY;
    for (let k = groupStarts[group] as number; k < (groupStarts[group + 1] as number); k++) {
      largest = Math.max(largest, transitions[(groupMembers[k] as number) * size + to] as number);
    }
    largestInto[to] = largest;
  }
  return largestInto;
}

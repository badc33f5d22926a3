import { describe, expect, it } from 'vitest';
import type { LabelSet } from './label-set.js';
import { createLabelSet } from './label-set.js';
import { viterbi } from './viterbi.js';

const set = createLabelSet(['PER']);
const size = set.labels.length;
const at = (label: string) => set.labels.indexOf(label);

function emissionsFor(best: string[][]): Float32Array {
  // Each word gives 1 to its listed labels and 0 to the rest.
  const emissions = new Float32Array(best.length * size);
  best.forEach((labels, i) => {
    for (const label of labels) emissions[i * size + at(label)] = 1;
  });
  return emissions;
}

describe('viterbi', () => {
  it('never returns an illegal sequence, even when each word alone prefers one', () => {
    // Greedy would pick O then I-PER, which BILOU forbids.
    const path = viterbi(emissionsFor([['O'], ['I-PER']]), new Float32Array(size * size), set, 2);
    const labels = Array.from(path, (index) => set.labels[index]);
    expect(labels).not.toEqual(['O', 'I-PER']);
    expect(['O', 'U-PER', 'B-PER', 'L-PER']).toEqual(expect.arrayContaining(labels as string[]));
  });

  it('follows the emissions when they form a legal sequence', () => {
    const path = viterbi(
      emissionsFor([['B-PER'], ['I-PER'], ['L-PER'], ['O']]),
      new Float32Array(size * size),
      set,
      4,
    );
    expect(Array.from(path, (index) => set.labels[index])).toEqual(['B-PER', 'I-PER', 'L-PER', 'O']);
  });

  it('lets transition scores overrule weak emissions', () => {
    const transitions = new Float32Array(size * size);
    transitions[at('O') * size + at('U-PER')] = 5;
    const path = viterbi(emissionsFor([['O'], ['O']]), transitions, set, 2);
    expect(Array.from(path, (index) => set.labels[index])).toEqual(['O', 'U-PER']);
  });

  it('returns nothing for an empty sentence', () => {
    expect(viterbi(new Float32Array(0), new Float32Array(size * size), set, 0)).toHaveLength(0);
  });

  it('finds the path that trying every predecessor finds, the first in label order among ties', () => {
    const twoTypes = createLabelSet(['PER', 'LOC']);
    const labels = twoTypes.labels.length;
    let seed = 7;
    // Small whole numbers, so that many paths tie.
    const next = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return (seed % 7) - 3;
    };
    for (let round = 0; round < 300; round++) {
      const count = 1 + (round % 9);
      const transitions = Float32Array.from({ length: labels * labels }, next);
      // Two passes side by side, as the tagger lays them out; the second is decoded.
      const emissions = Float32Array.from({ length: count * 2 * labels }, next);
      const layout = { stride: 2 * labels, offset: labels, scale: 0.5 };
      expect(Array.from(viterbi(emissions, transitions, twoTypes, count, layout))).toEqual(
        everyPredecessor(emissions, transitions, twoTypes, count, layout),
      );
    }
  });
});

/** Viterbi that tries every allowed predecessor of every label, in label order. */
function everyPredecessor(
  emissions: Float32Array,
  transitions: Float32Array,
  labelSet: LabelSet,
  count: number,
  { stride, offset, scale }: { stride: number; offset: number; scale: number },
): number[] {
  const size = labelSet.labels.length;
  const emission = (i: number, label: number) => (emissions[i * stride + offset + label] as number) * scale;
  let score = Array.from({ length: size }, (_, label) =>
    labelSet.canStart[label] ? emission(0, label) : Number.NEGATIVE_INFINITY,
  );
  const back: number[][] = [];
  for (let i = 1; i < count; i++) {
    const row: number[] = [];
    score = Array.from({ length: size }, (_, to) => {
      let best = Number.NEGATIVE_INFINITY;
      let bestFrom = 0;
      for (let from = 0; from < size; from++) {
        if (!labelSet.isAllowed[from * size + to]) continue;
        const value = (score[from] as number) + (transitions[from * size + to] as number);
        if (value > best) {
          best = value;
          bestFrom = from;
        }
      }
      row.push(bestFrom);
      return best + emission(i, to);
    });
    back.push(row);
  }
  let last = 0;
  for (let label = 0; label < size; label++) {
    if (
      labelSet.canEnd[label] &&
      (score[label] as number) > (labelSet.canEnd[last] ? (score[last] as number) : Number.NEGATIVE_INFINITY)
    )
      last = label;
  }
  const path = [last];
  for (let i = count - 1; i > 0; i--) path.unshift(back[i - 1]?.[path[0] as number] as number);
  return path;
}

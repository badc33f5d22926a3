import { describe, expect, it } from 'vitest';
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
});

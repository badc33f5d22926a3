import { describe, expect, it } from 'vitest';
import { createLabelSet } from './label-set.js';

const set = createLabelSet(['PER', 'ORG']);
const index = (label: string) => set.labels.indexOf(label);
const allowed = (from: string, to: string) =>
  set.isAllowed[index(from) * set.labels.length + index(to)] === 1;

describe('createLabelSet', () => {
  it('has O and four BILOU labels per type', () => {
    expect(set.labels).toEqual(['O', 'B-PER', 'I-PER', 'L-PER', 'U-PER', 'B-ORG', 'I-ORG', 'L-ORG', 'U-ORG']);
  });

  it.each([
    ['O', 'B-PER', true],
    ['O', 'U-ORG', true],
    ['O', 'I-PER', false],
    ['O', 'L-PER', false],
    ['B-PER', 'I-PER', true],
    ['B-PER', 'L-PER', true],
    ['B-PER', 'L-ORG', false],
    ['B-PER', 'O', false],
    ['I-PER', 'I-PER', true],
    ['L-PER', 'B-ORG', true],
    ['L-PER', 'I-PER', false],
    ['U-PER', 'U-PER', true],
  ])('lets %s be followed by %s: %s', (from, to, expected) => {
    expect(allowed(from, to)).toBe(expected);
  });

  it('starts only with O, B or U and ends only with O, L or U', () => {
    const starts = set.labels.filter((_, i) => set.canStart[i]);
    const ends = set.labels.filter((_, i) => set.canEnd[i]);
    expect(starts).toEqual(['O', 'B-PER', 'U-PER', 'B-ORG', 'U-ORG']);
    expect(ends).toEqual(['O', 'L-PER', 'U-PER', 'L-ORG', 'U-ORG']);
  });

  it('lists for Viterbi the labels each label may follow', () => {
    const names = (indices: ArrayLike<number>) => Array.from(indices, (i) => set.labels[i]);
    expect(names(set.closers)).toEqual(['O', 'L-PER', 'U-PER', 'L-ORG', 'U-ORG']);
    const size = set.labels.length;
    set.labels.forEach((label, to) => {
      const allowed = set.labels.filter((_, from) => set.isAllowed[from * size + to]);
      const inside = names(set.inside.subarray(2 * to, 2 * to + 2));
      if (/^[IL]-/.test(label)) expect(inside).toEqual(allowed);
      else {
        expect(inside).toEqual([undefined, undefined]);
        expect(names(set.closers)).toEqual(allowed);
      }
    });
  });
});

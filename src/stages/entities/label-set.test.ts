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

  it('groups the labels that may follow the same labels, for Viterbi to try', () => {
    const groupOf = (label: string) => {
      const group = set.predecessorGroup[index(label)] as number;
      const members = set.groupMembers.subarray(set.groupStarts[group], set.groupStarts[group + 1]);
      return Array.from(members, (member) => set.labels[member]);
    };
    for (const label of ['O', 'B-PER', 'U-ORG'])
      expect(groupOf(label)).toEqual(['O', 'L-PER', 'U-PER', 'L-ORG', 'U-ORG']);
    expect(groupOf('I-PER')).toEqual(['B-PER', 'I-PER']);
    expect(groupOf('L-ORG')).toEqual(['B-ORG', 'I-ORG']);
  });
});

import { describe, expect, it } from 'vitest';
import { scoreSpans, spansOf } from './conlleval.js';

describe('spansOf', () => {
  it.each([
    ['no tags', [], []],
    ['one two-word entity', ['B-PER', 'I-PER', 'O'], [{ start: 0, end: 2, type: 'PER' }]],
    [
      'two adjacent entities of one type split by B-',
      ['B-PER', 'B-PER'],
      [
        { start: 0, end: 1, type: 'PER' },
        { start: 1, end: 2, type: 'PER' },
      ],
    ],
    ['an I- after O as the start of an entity', ['O', 'I-LOC', 'I-LOC'], [{ start: 1, end: 3, type: 'LOC' }]],
    [
      'an I- at the start of the sentence as the start of an entity',
      ['I-ORG'],
      [{ start: 0, end: 1, type: 'ORG' }],
    ],
    [
      'an I- after another type as the start of an entity',
      ['B-PER', 'I-LOC'],
      [
        { start: 0, end: 1, type: 'PER' },
        { start: 1, end: 2, type: 'LOC' },
      ],
    ],
    ['a type with a hyphen', ['B-WORK-OF-ART', 'I-WORK-OF-ART'], [{ start: 0, end: 2, type: 'WORK-OF-ART' }]],
  ])('reads %s', (_case, tags, expected) => {
    expect(spansOf(tags)).toEqual(expected);
  });

  it.each(['U-PER', 'E-PER', 'B-', 'PER'])('rejects the non-IOB2 tag "%s"', (tag) => {
    expect(() => spansOf(['O', tag])).toThrow(`found "${tag}"`);
  });
});

describe('scoreSpans', () => {
  // Counted by hand, span by span:
  //   sentence 1: PER 0-2 found (tp PER); LOC 3-5 predicted as 3-4 (fn LOC, fp LOC); ORG 6-7 found (tp ORG)
  //   sentence 2: MISC 0-1 found (tp MISC); PER 2-3 predicted as ORG (fn PER, fp ORG)
  //   sentence 3: no gold entity; I-LOC I-LOC predicted as one LOC 0-2 (fp LOC)
  //   overall tp 3, fp 3, fn 2: precision 3/6, recall 3/5, F1 2 * 0.5 * 0.6 / 1.1 = 6/11
  const gold = [
    ['B-PER', 'I-PER', 'O', 'B-LOC', 'I-LOC', 'O', 'B-ORG', 'O'],
    ['B-MISC', 'O', 'B-PER'],
    ['O', 'O'],
  ];
  const predicted = [
    ['B-PER', 'I-PER', 'O', 'B-LOC', 'O', 'O', 'B-ORG', 'O'],
    ['B-MISC', 'O', 'B-ORG'],
    ['I-LOC', 'I-LOC'],
  ];

  it('counts exact span-and-type matches over all sentences', () => {
    expect(scoreSpans(gold, predicted).overall).toEqual({
      tp: 3,
      fp: 3,
      fn: 2,
      precision: 0.5,
      recall: 0.6,
      f1: expect.closeTo(6 / 11, 12),
    });
  });

  it.each([
    ['LOC', { tp: 0, fp: 2, fn: 1, precision: 0, recall: 0, f1: 0 }],
    ['MISC', { tp: 1, fp: 0, fn: 0, precision: 1, recall: 1, f1: 1 }],
    ['ORG', { tp: 1, fp: 1, fn: 0, precision: 0.5, recall: 1, f1: expect.closeTo(2 / 3, 12) }],
    ['PER', { tp: 1, fp: 0, fn: 1, precision: 1, recall: 0.5, f1: expect.closeTo(2 / 3, 12) }],
  ])('scores type %s on its own', (type, expected) => {
    expect(scoreSpans(gold, predicted).byType[type]).toEqual(expected);
  });

  it('lists each type that occurs in gold or prediction, in alphabetical order', () => {
    expect(Object.keys(scoreSpans(gold, predicted).byType)).toEqual(['LOC', 'MISC', 'ORG', 'PER']);
  });

  it('scores zero, not NaN, when there are no entities at all', () => {
    expect(scoreSpans([['O']], [['O']])).toEqual({
      overall: { tp: 0, fp: 0, fn: 0, precision: 0, recall: 0, f1: 0 },
      byType: {},
    });
  });

  it('rejects a sentence whose prediction has a different number of tags', () => {
    expect(() => scoreSpans([['O', 'O']], [['O']])).toThrow('sentence 0 has 2 gold tags but 1 predicted');
  });

  it('rejects a different number of sentences', () => {
    expect(() => scoreSpans([['O']], [])).toThrow('1 gold sentences but 0 predicted');
  });
});

import { describe, expect, it } from 'vitest';
import { classifyMistakes } from './classify-mistakes.js';
import type { EventTuple } from './compare-codes.js';
import { isSameEvents, matchSentence, scoreEvents } from './score-events.js';

const usaRus: EventTuple = ['USA', 'RUS', '19'];
const rusUsa: EventTuple = ['RUS', 'USA', '19'];
const syrIsr: EventTuple = ['SYR', 'ISR', '04'];

describe('matchSentence', () => {
  it('matches each gold event at most once', () => {
    expect(matchSentence([usaRus, usaRus], [usaRus])).toEqual({
      goldMatched: [true, false],
      predictedMatched: [true],
      matched: 1,
    });
  });

  it('matches two equal gold events to two equal predictions', () => {
    expect(matchSentence([usaRus, usaRus], [usaRus, rusUsa, usaRus]).matched).toBe(2);
  });

  it('does not match a reversed event', () => {
    expect(matchSentence([usaRus], [rusUsa]).matched).toBe(0);
  });
});

describe('scoreEvents', () => {
  it('micro-averages over sentences', () => {
    // Sentence 1: 2 gold, 3 predicted, 2 matched. Sentence 2: 1 gold, 0 predicted.
    // Sentence 3: no gold, 1 predicted. Totals: 3 gold, 4 predicted, 2 matched.
    const scores = scoreEvents([
      { gold: [usaRus, rusUsa], predicted: [rusUsa, usaRus, syrIsr] },
      { gold: [syrIsr], predicted: [] },
      { gold: [], predicted: [usaRus] },
    ]);
    expect(scores).toMatchObject({ gold: 3, predicted: 4, matched: 2, precision: 0.5 });
    expect(scores.recall).toBeCloseTo(2 / 3, 10);
    // 2PR/(P+R) = 2 * 0.5 * 2/3 / (0.5 + 2/3) = 4/7.
    expect(scores.f1).toBeCloseTo(4 / 7, 10);
  });

  it('gives 0, not NaN, when nothing is predicted or expected', () => {
    expect(scoreEvents([{ gold: [], predicted: [] }])).toEqual({
      gold: 0,
      predicted: 0,
      matched: 0,
      precision: 0,
      recall: 0,
      f1: 0,
    });
  });
});

describe('isSameEvents', () => {
  it('is true only for the same events, as many times each', () => {
    expect(isSameEvents([usaRus, rusUsa], [rusUsa, usaRus])).toBe(true);
    expect(isSameEvents([usaRus], [usaRus, usaRus])).toBe(false);
    expect(isSameEvents([], [])).toBe(true);
  });
});

describe('classifyMistakes', () => {
  it('names the parts a near prediction got wrong', () => {
    expect(classifyMistakes([['USA', 'RUS', '19']], [['USA', 'RUS', '04']])).toEqual([
      { kind: 'wrong root', gold: ['USA', 'RUS', '19'], predicted: ['USA', 'RUS', '04'] },
    ]);
    expect(classifyMistakes([['USA', 'RUS', '19']], [['---', 'SYR', '19']])[0]?.kind).toBe(
      'source without a code, wrong target',
    );
  });

  it('recognises source and target swapped', () => {
    expect(classifyMistakes([usaRus], [rusUsa])[0]?.kind).toBe('source and target swapped');
  });

  it('tells a sentence with no event from a missed one and from an extra one', () => {
    expect(classifyMistakes([usaRus], []).map((mistake) => mistake.kind)).toEqual(['no event coded']);
    expect(classifyMistakes([usaRus], [['SYR', 'ISR', '04']]).map((mistake) => mistake.kind)).toEqual([
      'missed event',
      'extra event',
    ]);
    expect(classifyMistakes([], [usaRus]).map((mistake) => mistake.kind)).toEqual([
      'event in a sentence without events',
    ]);
  });

  it('finds no mistake in a sentence coded right', () => {
    expect(classifyMistakes([usaRus, syrIsr], [syrIsr, usaRus])).toEqual([]);
  });
});

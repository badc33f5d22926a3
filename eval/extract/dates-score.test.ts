import { describe, expect, it } from 'vitest';
import { scoreDates } from './dates-score.js';

describe('scoreDates', () => {
  it('counts the same day as a true positive, whatever the time', () => {
    const scores = scoreDates([{ truth: '2020-06-07', predicted: '2020-06-07T23:10:00+02:00' }]);
    expect(scores).toMatchObject({ truePositives: 1, precision: 1, recall: 1, f1: 1, accuracy: 1 });
  });

  it('counts another day as a false positive and no answer as a false negative', () => {
    const scores = scoreDates([
      { truth: '2020-06-07', predicted: '2020-06-07' },
      { truth: '2020-06-07', predicted: '2020-06-07' },
      { truth: '2020-06-07', predicted: '2020-06-07' },
      { truth: '2020-06-07', predicted: '2020-06-08' },
      { truth: '2019-01-01' },
      { truth: null },
    ]);
    // tp 3, fp 1, fn 1, tn 1: P = 3/4, R = 3/4, F1 = 3/4, accuracy = 3/6.
    expect(scores).toMatchObject({
      truePositives: 3,
      falsePositives: 1,
      falseNegatives: 1,
      trueNegatives: 1,
    });
    expect(scores.precision).toBeCloseTo(0.75);
    expect(scores.recall).toBeCloseTo(0.75);
    expect(scores.f1).toBeCloseTo(0.75);
    expect(scores.accuracy).toBeCloseTo(0.5);
  });

  it('counts a date given for a page without one as a false positive', () => {
    const scores = scoreDates([
      { truth: null, predicted: '2020-01-01' },
      { truth: '2020-06-07', predicted: '2020-06-07' },
    ]);
    // tp 1, fp 1, fn 0: P = 1/2, R = 1, F1 = 2/3.
    expect(scores.precision).toBeCloseTo(0.5);
    expect(scores.recall).toBe(1);
    expect(scores.f1).toBeCloseTo(2 / 3);
  });

  it('scores nothing found as zero rather than dividing by zero', () => {
    expect(scoreDates([{ truth: '2020-06-07' }])).toMatchObject({ precision: 0, recall: 0, f1: 0 });
  });
});

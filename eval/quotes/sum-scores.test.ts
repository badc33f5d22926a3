import { describe, expect, it } from 'vitest';
import type { ArticleScore, ScoreCounts } from './score-article.js';
import { sumCounts, sumScores } from './sum-scores.js';

const zero: ScoreCounts = sumCounts([]);

function scoreWith(counts: Partial<ScoreCounts>): ArticleScore {
  return {
    file: 'a.txt',
    split: 'test',
    blind: false,
    outcomes: [],
    terms: [],
    extras: [],
    mistakes: [],
    counts: { ...zero, ...counts },
  };
}

describe('sumScores', () => {
  it('micro-averages over articles', () => {
    const metrics = sumScores([
      scoreWith({
        gold: 4,
        goldDirect: 2,
        predicted: 3,
        predictedDirect: 2,
        matched: 3,
        goldDirectFound: 2,
        predictedDirectRight: 2,
        goldIndirectFound: 1,
        predictedIndirectRight: 1,
        speakersRight: 2,
        terms: 2,
        termsRejected: 1,
      }),
      scoreWith({ gold: 2, predicted: 1, matched: 0, terms: 2, termsRejected: 2 }),
    ]);
    // 3 matched of 4 predicted and 6 gold: P 0.75, R 0.5, F1 0.6.
    expect(metrics.detection.precision).toBeCloseTo(0.75, 10);
    expect(metrics.detection.recall).toBeCloseTo(0.5, 10);
    expect(metrics.detection.f1).toBeCloseTo(0.6, 10);
    expect(metrics.direct).toEqual({ precision: 1, recall: 1, f1: 1 });
    // Indirect: 1 right of 2 predicted, 1 found of 4 gold.
    expect(metrics.indirect.precision).toBeCloseTo(0.5, 10);
    expect(metrics.indirect.recall).toBeCloseTo(0.25, 10);
    expect(metrics.speakerAccuracy).toBeCloseTo(2 / 3, 10);
    expect(metrics.termRejection).toBeCloseTo(0.75, 10);
  });

  it('gives 0, not NaN, where nothing was predicted or expected', () => {
    const metrics = sumScores([scoreWith({})]);
    expect(metrics.detection).toEqual({ precision: 0, recall: 0, f1: 0 });
    expect([metrics.speakerAccuracy, metrics.cueAccuracy, metrics.termRejection]).toEqual([0, 0, 0]);
  });
});

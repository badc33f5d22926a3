import { describe, expect, it } from 'vitest';
import { countMistakes } from './format-article.js';
import type { ArticleScore } from './score-article.js';
import { sumCounts } from './sum-scores.js';

function scoreWith(split: 'dev' | 'test', kinds: string[]): ArticleScore {
  return {
    file: `${split}.txt`,
    split,
    blind: false,
    outcomes: [],
    terms: [],
    extras: [],
    counts: sumCounts([]),
    mistakes: kinds.map((kind) => ({ kind })),
  };
}

describe('countMistakes', () => {
  it('counts each kind over articles, most common first, with its count in each split', () => {
    expect(
      countMistakes([
        scoreWith('dev', ['missed fragment quotation', 'extra direct quotation']),
        scoreWith('test', ['extra direct quotation', 'extra direct quotation']),
      ]),
    ).toEqual([
      '    3  (dev   1, test   2)  extra direct quotation',
      '    1  (dev   1, test   0)  missed fragment quotation',
    ]);
  });
});

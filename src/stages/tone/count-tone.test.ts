import { describe, expect, it } from 'vitest';
import { createArticle } from '../../document/article.js';
import { createPipeline } from '../../pipeline/create-pipeline.js';
import { runPipeline } from '../../pipeline/run-pipeline.js';
import { tokensStage } from '../tokens/tokens-stage.js';
import { countTone, toneFromCounts } from './count-tone.js';
import { readWords } from './read-words.js';
import { shippedToneLexicon } from './tone-lexicon.js';

const pipeline = createPipeline([tokensStage]);
const origin = { location: 'test', reader: 'test@1', contentHash: 'x', retrievedAt: '2024-01-01T00:00:00Z' };

/** Positive and negative word counts of a one-paragraph text with the shipped lexicon. */
function counts(text: string): { positive: number; negative: number } {
  const article = runPipeline(pipeline, createArticle({ title: text, body: [] }, origin));
  const tone = countTone(
    readWords(article.text, article.tokens ?? [], article.paragraphs),
    shippedToneLexicon(),
  );
  return {
    positive: Math.round((tone.positive * tone.wordCount) / 100),
    negative: Math.round((tone.negative * tone.wordCount) / 100),
  };
}

describe('toneFromCounts', () => {
  it('gives percentages of all words, their difference and their sum', () => {
    expect(toneFromCounts(2, 1, 10)).toEqual({
      score: 10,
      positive: 20,
      negative: 10,
      polarity: 30,
      wordCount: 10,
    });
  });

  it('gives zeros for no words instead of dividing by zero', () => {
    expect(toneFromCounts(0, 0, 0)).toEqual({
      score: 0,
      positive: 0,
      negative: 0,
      polarity: 0,
      wordCount: 0,
    });
  });
});

describe('countTone', () => {
  it.each([
    ['a positive and a negative word', 'good talks after the attack', 1, 1],
    ['"not good" as negative', 'the talks were not good', 0, 1],
    ['"didn\'t help" as negative', "the talks didn't help", 0, 1],
    ['"no progress" as negative', 'there was no progress', 0, 1],
    ['a denied negative word ("not bad") as neither', 'the talks were not bad', 0, 0],
    ['"without violence" as neither', 'the vote passed without violence', 0, 0],
    ['a word four words after the negation as itself', 'not a single one of the good', 1, 0],
    ['a word after a comma as itself', 'not now, good', 1, 0],
    ['a word after "but" as itself', 'not cheap but good', 1, 0],
    ['a word after "not only" as itself', 'not only good', 1, 0],
    ['names as neither ("United Nations")', 'the United Nations met', 0, 0],
    ['a name that starts a sentence as neither', 'United Nations officials met', 0, 0],
    [
      'a word tagged a name only for its capital at the start of a sentence by its entry',
      'Good news came',
      1,
      0,
    ],
    ['"like" the preposition as neither', 'a country like Syria', 0, 0],
    ['"like" the verb as positive', 'they like the plan', 1, 0],
    ['"as well" as neither', 'and Europe as well', 0, 0],
    ['a compound by its own entry', 'a short-sighted plan', 0, 1],
    ['a compound without an entry by its parts', 'a war-torn city', 0, 1],
  ])('counts %s', (_, text, positive, negative) => {
    expect(counts(text)).toEqual({ positive, negative });
  });
});

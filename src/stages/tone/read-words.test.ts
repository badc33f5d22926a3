import { describe, expect, it } from 'vitest';
import { createArticle } from '../../document/article.js';
import { createPipeline } from '../../pipeline/create-pipeline.js';
import { runPipeline } from '../../pipeline/run-pipeline.js';
import { tokensStage } from '../tokens/tokens-stage.js';
import { readWords, type Word } from './read-words.js';

const pipeline = createPipeline([tokensStage]);
const origin = { location: 'test', reader: 'test@1', contentHash: 'x', retrievedAt: '2024-01-01T00:00:00Z' };

function words(title: string, body: string[] = []): Word[] {
  const article = runPipeline(pipeline, createArticle({ title, body }, origin));
  return readWords(article.text, article.tokens ?? [], article.paragraphs);
}

describe('readWords', () => {
  it.each([
    ['leaves punctuation out', 'Peace, at last!!! (Finally.)', ['peace', 'at', 'last', 'finally']],
    ['keeps a clitic with its word', "Israel's PM didn't say", ["israel's", 'pm', "didn't", 'say']],
    ['keeps a hyphenated compound as one word', 'a war-torn, well-being', ['a', 'war-torn', 'well-being']],
    ['counts a number as a word', 'About 80,000 fighters', ['about', '80,000', 'fighters']],
    ['makes curly apostrophes straight', 'Iran’s', ["iran's"]],
  ])('%s', (_, text, expected) => {
    expect(words(text).map((word) => word.text)).toEqual(expected);
  });

  it('keeps the span of each word in the text', () => {
    const title = 'They didn’t agree.';
    for (const word of words(title)) {
      expect(title.slice(word.start, word.end).toLowerCase().replace('’', "'")).toBe(word.text);
    }
  });

  it('starts a clause after punctuation and at a paragraph, not after a quotation mark', () => {
    const found = words('Not now', ['He said "good, fine" today']);
    expect(found.filter((word) => word.startsClause).map((word) => word.text)).toEqual(['not', 'he', 'fine']);
  });

  it('starts a sentence at a paragraph and after a full stop, even behind a quotation mark', () => {
    const found = words('Talks failed', ['Peace held. "Good," he said; fine.']);
    expect(found.filter((word) => word.startsSentence).map((word) => word.text)).toEqual([
      'talks',
      'peace',
      'good',
    ]);
  });

  it('gives no words for a text of punctuation', () => {
    expect(words('… — !')).toEqual([]);
  });
});

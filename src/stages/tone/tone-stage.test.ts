import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AnnotatedArticle } from '../../document/annotations.js';
import { type ArticleRecord, createArticle } from '../../document/article.js';
import { readSeedRecord } from '../../ingest/read-seed-record.js';
import { createPipeline } from '../../pipeline/create-pipeline.js';
import { runPipeline } from '../../pipeline/run-pipeline.js';
import { tokensStage } from '../tokens/tokens-stage.js';
import { toneStage } from './tone-stage.js';

const pipeline = createPipeline([tokensStage, toneStage]);
const origin = { location: 'test', reader: 'test@1', contentHash: 'x', retrievedAt: '2024-01-01T00:00:00Z' };

function analyze(record: ArticleRecord): AnnotatedArticle {
  return runPipeline(pipeline, createArticle(record, origin));
}

/** 10 words: "praised" and "good" positive, "attack" negative. */
const SENTENCE = 'Leaders praised the good plan despite an attack on Sunday.';

describe('toneStage', () => {
  it('needs the tokens, so it cannot come before them', () => {
    expect(() => createPipeline([toneStage, tokensStage])).toThrow('stage "tone" requires "tokens"');
  });

  it('gives 2 positive and 1 negative of 10 words as positive 20, negative 10, score 10, polarity 30', () => {
    expect(analyze({ title: SENTENCE, body: [] }).tone).toEqual({
      score: 10,
      positive: 20,
      negative: 10,
      polarity: 30,
      wordCount: 10,
    });
  });

  it('counts the words of the title, the lede and the body', () => {
    const tone = analyze({ title: 'Talks', lede: 'Good news.', body: ['A war.'] }).tone;
    expect(tone).toMatchObject({ wordCount: 5, positive: 20, negative: 20, score: 0 });
  });

  it.each([
    ['an empty text', ''],
    ['a text of punctuation only', '… — !'],
  ])('gives zeros for %s', (_, title) => {
    expect(analyze({ title, body: [] }).tone).toEqual({
      score: 0,
      positive: 0,
      negative: 0,
      polarity: 0,
      wordCount: 0,
    });
  });

  it('counts a 1 MB article', () => {
    const paragraph = Array.from({ length: 100 }, () => SENTENCE).join(' ');
    const paragraphs = Math.ceil(1_000_000 / paragraph.length);
    const article = analyze({ title: 'Report', body: Array.from({ length: paragraphs }, () => paragraph) });
    expect(article.text.length).toBeGreaterThan(1_000_000);
    expect(article.tone?.wordCount).toBe(1 + paragraphs * 100 * 10);
    expect(article.tone?.positive).toBeCloseTo((100 * paragraphs * 200) / (1 + paragraphs * 1000), 9);
    expect(article.tone?.negative).toBeCloseTo((100 * paragraphs * 100) / (1 + paragraphs * 1000), 9);
  });
});

const SEED = join(import.meta.dirname, '../../../../shared/seeds/000_69708e555aba87ee.txt');
const requireAll = process.env.NEWSGRAPH_REQUIRE_ALL === '1';
const runSeed = existsSync(SEED) || requireAll;
if (!runSeed) console.warn(`toneStage seed test skipped: ${SEED} is absent (../shared/seeds).`);

describe.skipIf(!runSeed)('toneStage on the seed article (needs ../shared/seeds)', () => {
  it('gives it a negative tone', () => {
    const tone = analyze(readSeedRecord(readFileSync(SEED, 'utf8')).record).tone;
    expect(tone?.wordCount).toBeGreaterThan(300);
    expect(tone?.score).toBeLessThan(0);
    expect(tone?.polarity).toBeGreaterThan(0);
  });
});

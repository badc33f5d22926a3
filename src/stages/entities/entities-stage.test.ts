import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AnnotatedArticle, EntityMention } from '../../document/annotations.js';
import { type ArticleRecord, createArticle } from '../../document/article.js';
import { createPipeline } from '../../pipeline/create-pipeline.js';
import { runPipeline } from '../../pipeline/run-pipeline.js';
import { sentencesStage } from '../sentences/sentences-stage.js';
import { tokensStage } from '../tokens/tokens-stage.js';
import { entitiesStage } from './entities-stage.js';

const pipeline = createPipeline([tokensStage, sentencesStage, entitiesStage]);
const origin = { location: 'test', reader: 'test@1', contentHash: 'x', retrievedAt: '2024-01-01T00:00:00Z' };

function analyze(record: Partial<ArticleRecord> & { body: string[] }): AnnotatedArticle {
  return runPipeline(pipeline, createArticle({ title: 'Talks', ...record }, origin));
}

function namesOf(article: AnnotatedArticle, type: EntityMention['type']): string[] {
  return (article.entities ?? []).filter((entity) => entity.type === type).map((entity) => entity.text);
}

describe('entitiesStage', () => {
  const article = analyze({
    title: 'Kenya and Ethiopia sign border deal',
    body: [
      'NAIROBI, Kenya — Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Nairobi on Tuesday, the African Union said.',
      'Ruto told reporters that the agreement would open trade routes to Somalia.',
    ],
  });

  it('finds people, places, organisations and nationalities as spans into the text', () => {
    for (const entity of article.entities ?? [])
      expect(article.text.slice(entity.start, entity.end)).toBe(entity.text);
    expect(namesOf(article, 'PERSON')).toEqual(
      expect.arrayContaining(['William Ruto', 'Abiy Ahmed', 'Ruto']),
    );
    expect(namesOf(article, 'LOCATION')).toEqual(
      expect.arrayContaining(['Kenya', 'Ethiopia', 'Nairobi', 'Somalia']),
    );
    expect(namesOf(article, 'NORP')).toEqual(expect.arrayContaining(['Kenyan', 'Ethiopian']));
  });

  it('keeps titles out of person names', () => {
    expect(namesOf(article, 'PERSON')).not.toContain('President William Ruto');
    expect(namesOf(article, 'PERSON')).not.toContain('Prime Minister Abiy Ahmed');
  });

  it.each([
    ['an empty body paragraph', { body: [' '] }],
    [
      'non-Latin scripts',
      { body: ['Путин встретился с Нетаньяху в Иерусалиме. 普京在耶路撒冷会见了内塔尼亚胡。'] },
    ],
    [
      'an all-caps headline',
      { title: 'RUSSIA AND ISRAEL AGREE TO COORDINATE IN SYRIA', body: ['Talks went on.'] },
    ],
    [
      'a token of 10,000 characters',
      { body: [`Officials in ${'x'.repeat(10_000)} said Putin would attend.`] },
    ],
  ])('tags %s without an error', (_, record) => {
    const result = analyze(record as ArticleRecord);
    expect(result.diagnostics.filter((diagnostic) => diagnostic.severity === 'error')).toEqual([]);
    expect(Array.isArray(result.entities)).toBe(true);
  });

  it('tags a 1 MB paragraph without punctuation', () => {
    const words = [
      'Putin',
      'and',
      'Netanyahu',
      'spoke',
      'about',
      'Syria',
      'with',
      'officials',
      'from',
      'Jordan',
    ];
    const paragraph = Array.from({ length: 100_000 }, (_, i) => words[i % words.length]).join(' ');
    const result = analyze({ body: [paragraph] });
    expect(result.diagnostics.filter((diagnostic) => diagnostic.severity === 'error')).toEqual([]);
    expect(namesOf(result, 'PERSON').length).toBeGreaterThan(10_000);
  });
});

const SEED = join(import.meta.dirname, '../../../../shared/seeds/000_69708e555aba87ee.txt');

describe('entitiesStage on the seed article', () => {
  it.skipIf(!existsSync(SEED) && process.env.NEWSGRAPH_REQUIRE_ALL !== '1')(
    'finds its people, places, nationalities and organisations (needs ../shared/seeds)',
    () => {
      const blocks = readFileSync(SEED, 'utf8')
        .trim()
        .split(/\n\s*\n/);
      const result = analyze({ title: blocks[0] ?? '', lede: blocks[2] ?? '', body: blocks.slice(4, -1) });
      expect(namesOf(result, 'PERSON')).toEqual(
        expect.arrayContaining(['Netanyahu', 'Vladimir Putin', 'Mike Pompeo', 'Vladimir Ivanovsky']),
      );
      expect(namesOf(result, 'LOCATION')).toEqual(
        expect.arrayContaining(['Israel', 'Russia', 'Syria', 'Iran', 'Jerusalem', 'Europe']),
      );
      expect(namesOf(result, 'NORP')).toEqual(expect.arrayContaining(['Russian', 'Shiite']));
      expect([...namesOf(result, 'ORG'), ...namesOf(result, 'EVENT')]).toEqual(
        expect.arrayContaining(['Kremlin', 'International Homeland Security Forum']),
      );
    },
  );
});

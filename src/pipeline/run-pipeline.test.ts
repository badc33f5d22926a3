import { describe, expect, it } from 'vitest';
import { createArticle } from '../document/article.js';
import { createPipeline } from './create-pipeline.js';
import { runPipeline } from './run-pipeline.js';
import type { AnyStage } from './stage.js';

const article = createArticle(
  { title: 'Talks resume', body: ['Delegates met on Monday.'], publishedAt: '2020-01-06', source: 'Test' },
  { location: 'test', reader: 'test@1', contentHash: 'x', retrievedAt: '2020-01-06T00:00:00Z' },
);

const tokens: AnyStage = {
  name: 'tokens',
  version: '2.1.0',
  requires: ['paragraphs'],
  produces: ['tokens'],
  run: (input) => ({ tokens: [{ start: 0, end: input.text.indexOf(' '), pos: 'NOUN', lemma: 'talk' }] }),
};
const failing: AnyStage = {
  name: 'sentences',
  version: '1.0.0',
  requires: ['tokens'],
  produces: ['sentences'],
  run: () => {
    throw new Error('boom');
  },
};
const dependent: AnyStage = {
  name: 'entities',
  version: '1.0.0',
  requires: ['sentences'],
  produces: ['entities'],
  run: () => ({ entities: [] }),
};

describe('runPipeline', () => {
  it('adds each stage layer and stamps its name, version and time', () => {
    const result = runPipeline(createPipeline([tokens]), article);
    expect(result.tokens).toEqual([{ start: 0, end: 5, pos: 'NOUN', lemma: 'talk' }]);
    expect(result.stages).toEqual([
      { name: 'tokens', version: '2.1.0', status: 'ok', ms: expect.any(Number) },
    ]);
    expect(result.stages[0]?.ms).toBeGreaterThanOrEqual(0);
  });

  it('turns a failing stage into an error diagnostic for this article only', () => {
    const result = runPipeline(createPipeline([tokens, failing]), article);
    expect(result.tokens).toHaveLength(1);
    expect(result.sentences).toBeUndefined();
    expect(result.stages.map((run) => run.status)).toEqual(['ok', 'failed']);
    expect(result.diagnostics).toContainEqual(
      expect.objectContaining({
        severity: 'error',
        code: 'stage-failed',
        stage: 'sentences',
        message: expect.stringContaining('boom'),
      }),
    );
  });

  it('skips the stages that needed the failed stage layer', () => {
    const result = runPipeline(createPipeline([tokens, failing, dependent]), article);
    expect(result.stages.map((run) => `${run.name}:${run.status}`)).toEqual([
      'tokens:ok',
      'sentences:failed',
      'entities:skipped',
    ]);
    expect(result.diagnostics).toContainEqual(
      expect.objectContaining({ code: 'stage-skipped', stage: 'entities' }),
    );
  });

  it('treats a stage that does not return a declared layer as failed', () => {
    const silent: AnyStage = { ...tokens, run: () => ({}) };
    const result = runPipeline(createPipeline([silent]), article);
    expect(result.stages[0]?.status).toBe('failed');
    expect(result.diagnostics[0]?.message).toMatch(/did not produce "tokens"/);
  });

  it('keeps stage diagnostics, marked with the stage name', () => {
    const noisy: AnyStage = {
      ...tokens,
      run: () => ({ tokens: [], diagnostics: [{ severity: 'info', code: 'no-tokens', message: 'nothing' }] }),
    };
    const result = runPipeline(createPipeline([noisy]), article);
    expect(result.diagnostics).toEqual([
      { severity: 'info', code: 'no-tokens', message: 'nothing', stage: 'tokens' },
    ]);
  });

  it('leaves the input article untouched', () => {
    const before = JSON.stringify(article);
    runPipeline(createPipeline([tokens, failing]), article);
    expect(JSON.stringify(article)).toBe(before);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { fragilePipeline } from '../../test/fixtures/worker-pipelines.js';
import type { AnnotatedArticle } from '../document/annotations.js';
import { type Article, createArticle } from '../document/article.js';
import { runPipeline } from './run-pipeline.js';
import { WorkerPool } from './worker-pool.js';

const FIXTURES = new URL('../../test/fixtures/worker-pipelines.ts', import.meta.url).href;

function article(title: string): Article {
  return createArticle(
    { title, body: [`${title} happened on Monday.`], publishedAt: '2020-01-06', source: 'Test' },
    { location: 'test', reader: 'test@1', contentHash: 'x', retrievedAt: '2020-01-06T00:00:00Z' },
  );
}

/** Stage times differ from run to run; everything else must not. */
function withoutTimes(annotated: AnnotatedArticle): AnnotatedArticle {
  return { ...annotated, stages: annotated.stages.map((run) => ({ ...run, ms: 0 })) };
}

let pool: WorkerPool | undefined;
afterEach(async () => {
  await pool?.close();
  pool = undefined;
});

describe('WorkerPool', () => {
  it('returns a batch in input order, each article as runPipeline makes it, failures isolated', async () => {
    pool = new WorkerPool({ threads: 2, pipeline: { module: FIXTURES, exportName: 'fragilePipeline' } });
    const articles = ['Talks', 'Boom', 'Truce', 'Vote'].map(article);

    const annotated = await pool.analyze(articles);

    const pipeline = fragilePipeline();
    expect(annotated.map(withoutTimes)).toEqual(
      articles.map((each) => withoutTimes(runPipeline(pipeline, each))),
    );
    expect(annotated[1]?.diagnostics).toContainEqual(
      expect.objectContaining({ code: 'stage-failed', message: expect.stringContaining('boom') }),
    );
  });

  it('marks every article of a batch whose thread died as not analysed, then goes on with a new thread', async () => {
    pool = new WorkerPool({ threads: 1, pipeline: { module: FIXTURES, exportName: 'fragilePipeline' } });

    const crashed = await pool.analyze(['Talks', 'Crash', 'Vote'].map(article));
    const after = await pool.analyze([article('Truce')]);

    expect(crashed.map((each) => each.title)).toEqual(['Talks', 'Crash', 'Vote']);
    for (const each of crashed) {
      expect(each.stages).toEqual([]);
      expect(each.tokens).toBeUndefined();
      expect(each.diagnostics).toEqual([
        expect.objectContaining({
          severity: 'error',
          code: 'worker-failed',
          message: expect.stringMatching(/worker thread analysing its batch of 3 articles failed.*code: 70/),
        }),
      ]);
    }
    expect(after[0]?.stages.map((run) => run.status)).toEqual(['ok', 'ok']);
  });

  it('fails to start, naming the cause, when a thread cannot build its pipeline', async () => {
    pool = new WorkerPool({ threads: 2, pipeline: { module: FIXTURES, exportName: 'noSuchPipeline' } });

    await expect(pool.start()).rejects.toThrow(
      /analysis worker threads could not start: .*does not export a function "noSuchPipeline"/,
    );
  });
});

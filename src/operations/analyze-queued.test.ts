import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import type { AnnotatedArticle } from '../document/annotations.js';
import { type Article, createArticle } from '../document/article.js';
import type { AnalysisJob } from '../queue/analysis-queue.js';
import { SqliteStore } from '../store/sqlite/sqlite-store.js';
import type { PutOutcome, Store } from '../store/store.js';
import { defaultPipeline } from '../system.js';
import { analyzeQueued, isAnalysedBy, type JobSource } from './analyze-queued.js';
import { ingestArticles } from './ingest-articles.js';

const EXAMPLES = join(import.meta.dirname, '../../examples/articles');
const folder = mkdtempSync(join(tmpdir(), 'newsgraph-queued-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
let files = 0;
const freshDb = () => join(folder, `store-${files++}.db`);
const pipeline = defaultPipeline();
const ORIGIN = { location: 'test', reader: 'test@1', contentHash: 'x', retrievedAt: '2024-03-04T00:00:00Z' };

/** A queue in memory, with what happened to its jobs. */
class MemoryQueue implements JobSource {
  waiting: AnalysisJob[] = [];
  active = new Map<string, AnalysisJob>();
  completed: AnalysisJob[] = [];
  failed: AnalysisJob[] = [];
  #next = 0;
  /** Errors the next calls to take throw, one per call. */
  takeErrors: Error[] = [];

  enqueue(articleIds: readonly string[]): Promise<number> {
    for (const articleId of articleIds) this.waiting.push({ id: `job-${this.#next++}`, articleId });
    return Promise.resolve(articleIds.length);
  }
  /** Stores, then queues the articles added or updated (not in one transaction, as the real queue does). */
  async putAndEnqueue(
    store: Store,
    articles: readonly Article[],
  ): Promise<{ outcomes: PutOutcome[]; queued: number }> {
    const outcomes = await store.putArticles(articles);
    const changed = outcomes.filter((outcome) => outcome.status !== 'duplicate');
    return { outcomes, queued: await this.enqueue(changed.map((outcome) => outcome.id)) };
  }
  take(limit: number): Promise<AnalysisJob[]> {
    const error = this.takeErrors.shift();
    if (error) return Promise.reject(error);
    const jobs = this.waiting.splice(0, limit);
    for (const job of jobs) this.active.set(job.id, job);
    return Promise.resolve(jobs);
  }
  complete(jobs: readonly AnalysisJob[]): Promise<void> {
    for (const job of jobs) this.active.delete(job.id);
    this.completed.push(...jobs);
    return Promise.resolve();
  }
  /** Queued again, as pg-boss does, until a job has failed three times. */
  fail(jobs: readonly AnalysisJob[]): Promise<void> {
    for (const job of jobs) {
      this.active.delete(job.id);
      this.failed.push(job);
      if (this.failed.filter((other) => other.id === job.id).length < 3) this.waiting.push(job);
    }
    return Promise.resolve();
  }
  unfinished(): Promise<number> {
    return Promise.resolve(this.waiting.length + this.active.size);
  }
}

/** The examples stored unanalysed with one queued job each, as ingest leaves them on PostgreSQL. */
async function queuedExamples(): Promise<{ store: SqliteStore; queue: MemoryQueue; db: string }> {
  const db = freshDb();
  const store = new SqliteStore(db);
  const queue = new MemoryQueue();
  const summary = await ingestArticles(store, { paths: [EXAMPLES], queue });
  expect(summary.added).toBe(40);
  expect(summary.queued).toBe(40);
  return { store, queue, db };
}

/** The examples analysed by ingest in this process: what a worker must end up with. */
async function analysedExamples(): Promise<Map<string, AnnotatedArticle>> {
  const store = new SqliteStore(freshDb());
  await ingestArticles(store, { paths: [EXAMPLES], pipeline });
  const articles = await store.listArticlesAfter(undefined, 1000);
  await store.close();
  return new Map(articles.map((article) => [article.id, article]));
}

function layerRows(db: string): Record<string, number> {
  const connection = new Database(db, { readonly: true });
  try {
    const counts: Record<string, number> = {};
    for (const table of ['events', 'actors', 'quotes', 'places']) {
      counts[table] = (connection.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    }
    return counts;
  } finally {
    connection.close();
  }
}

describe('analyzeQueued', () => {
  it('analyses every queued article once, with what ingest finds analysing it in-process', async () => {
    const { store, queue, db } = await queuedExamples();
    expect(
      (await store.listArticlesAfter(undefined, 1000)).every((article) => article.stages.length === 0),
    ).toBe(true);
    const summary = await analyzeQueued(store, queue, { pipeline, batchSize: 7, untilEmpty: true });
    expect(summary).toEqual({ analysed: 40, alreadyAnalysed: 0, missing: 0, failedJobs: 0 });
    expect(queue.completed).toHaveLength(40);
    const reference = await analysedExamples();
    const analysed = await store.listArticlesAfter(undefined, 1000);
    expect(analysed).toHaveLength(40);
    for (const article of analysed) {
      const expected = reference.get(article.id);
      expect(isAnalysedBy(article, pipeline)).toBe(true);
      expect(article.events).toEqual(expected?.events);
      expect(article.quotes).toEqual(expected?.quotes);
      expect(article.actors).toEqual(expected?.actors);
      expect(article.diagnostics).toEqual(expected?.diagnostics);
    }
    const referenceDb = join(folder, `store-${files - 1}.db`);
    expect(layerRows(db)).toEqual(layerRows(referenceDb));
    await store.close();
  });

  it('does nothing for a job whose article the current pipeline has analysed already', async () => {
    const { store, queue } = await queuedExamples();
    await analyzeQueued(store, queue, { pipeline, untilEmpty: true });
    const [first, second] = await store.listArticlesAfter(undefined, 2);
    await queue.enqueue([first?.id ?? '', second?.id ?? '', first?.id ?? '']);
    const summary = await analyzeQueued(store, queue, { pipeline, untilEmpty: true });
    expect(summary).toEqual({ analysed: 0, alreadyAnalysed: 3, missing: 0, failedJobs: 0 });
    expect(await store.getArticle(first?.id ?? '')).toEqual(first);
    await store.close();
  });

  it('replaces the annotations of an article analysed by an older pipeline, and adds none', async () => {
    const { store, queue, db } = await queuedExamples();
    await analyzeQueued(store, queue, { pipeline, untilEmpty: true });
    const rowsOnce = layerRows(db);
    const [article] = await store.listArticlesAfter(undefined, 1);
    if (!article) throw new Error('no article');
    const events = article.events ?? [];
    expect(events.length).toBeGreaterThan(0);
    // As an older version of the events stage left it: another version, and every event twice.
    const older: AnnotatedArticle = {
      ...article,
      events: [...events, ...events],
      stages: article.stages.map((run) => (run.name === 'events' ? { ...run, version: '0-older' } : run)),
    };
    await store.putArticles([older]);
    expect(layerRows(db).events).toBe((rowsOnce.events ?? 0) + events.length);
    await queue.enqueue([article.id]);
    expect(await analyzeQueued(store, queue, { pipeline, untilEmpty: true })).toMatchObject({ analysed: 1 });
    const again = await store.getArticle(article.id);
    expect(again?.events).toEqual(events);
    expect(again?.stages.map((run) => run.version)).toEqual(article.stages.map((run) => run.version));
    expect(layerRows(db)).toEqual(rowsOnce);
    await store.close();
  });

  it('completes a job whose article is no longer stored', async () => {
    const store = new SqliteStore(freshDb());
    const queue = new MemoryQueue();
    await queue.enqueue(['0123456789abcdef']);
    const summary = await analyzeQueued(store, queue, { pipeline, untilEmpty: true });
    expect(summary).toEqual({ analysed: 0, alreadyAnalysed: 0, missing: 1, failedJobs: 0 });
    expect(queue.completed).toHaveLength(1);
    await store.close();
  });

  it('does not bring back an article replaced by a new version while it was analysed, and counts it missing', async () => {
    const store = new SqliteStore(freshDb());
    const queue = new MemoryQueue();
    const record = {
      title: 'Talks in Paris',
      body: ['Officials in Paris met on Monday and said talks would resume.'],
      publishedAt: '2024-03-04',
      source: 'Harbor Gazette',
      url: 'https://example.org/talks',
    };
    const old = createArticle(record, ORIGIN);
    const current = createArticle({ ...record, body: ['Officials in Paris met on Tuesday.'] }, ORIGIN);
    expect(current.key).toBe(old.key);
    await queue.putAndEnqueue(store, [old]);
    // Ingest stores the new version once the worker has read the old one, before it writes.
    const getArticle = store.getArticle.bind(store);
    store.getArticle = async (id) => {
      const read = await getArticle(id);
      if (id === old.id) await queue.putAndEnqueue(store, [current]);
      return read;
    };
    const stop = new AbortController();
    const summary = await analyzeQueued(store, queue, {
      pipeline,
      batchSize: 1,
      signal: stop.signal,
      onBatch: () => stop.abort(),
    });
    expect(summary).toEqual({ analysed: 0, alreadyAnalysed: 0, missing: 1, failedJobs: 0 });
    expect(await store.getArticle(old.id)).toBeUndefined();
    expect(await store.listArticlesAfter(undefined, 10)).toEqual([
      expect.objectContaining({ id: current.id, text: current.text, stages: [] }),
    ]);
    expect(queue.waiting.map((job) => job.articleId)).toEqual([current.id]);
    // The new version's own job analyses it.
    const again = await analyzeQueued(store, queue, { pipeline, untilEmpty: true });
    expect(again).toEqual({ analysed: 1, alreadyAnalysed: 0, missing: 0, failedJobs: 0 });
    const [stored] = await store.listArticlesAfter(undefined, 10);
    expect(stored?.id).toBe(current.id);
    expect(stored && isAnalysedBy(stored, pipeline)).toBe(true);
    await store.close();
  });

  it('finishes the batch in hand when stopped, and leaves the other jobs queued', async () => {
    const { store, queue } = await queuedExamples();
    const stop = new AbortController();
    const summary = await analyzeQueued(store, queue, {
      pipeline,
      batchSize: 5,
      signal: stop.signal,
      onBatch: () => stop.abort(),
    });
    expect(summary.analysed).toBe(5);
    expect(queue.completed).toHaveLength(5);
    expect(queue.waiting).toHaveLength(35);
    expect(queue.active.size).toBe(0);
    await store.close();
  });

  it('tries again with a growing wait while the queue cannot be reached', async () => {
    const { store, queue } = await queuedExamples();
    queue.takeErrors = [new Error('connect ECONNREFUSED'), new Error('connect ECONNREFUSED')];
    const waits: number[] = [];
    const summary = await analyzeQueued(store, queue, {
      pipeline,
      untilEmpty: true,
      onRetry: (error, waitMs) => {
        expect(error.message).toBe('connect ECONNREFUSED');
        waits.push(waitMs);
      },
    });
    expect(waits).toEqual([500, 1000]);
    expect(summary.analysed).toBe(40);
    await store.close();
  });

  it('hands a batch back while the store fails, and analyses it once the store is back', async () => {
    const { store, queue } = await queuedExamples();
    const putAnnotations = store.putAnnotations.bind(store);
    let failures = 11;
    store.putAnnotations = (articles) =>
      failures-- > 0 ? Promise.reject(new Error('terminating connection')) : putAnnotations(articles);
    const waits: number[] = [];
    const summary = await analyzeQueued(store, queue, {
      pipeline,
      batchSize: 10,
      untilEmpty: true,
      onRetry: (_, waitMs) => waits.push(waitMs),
    });
    // The batch of 10, then each of its jobs alone: all fail, so all go back, and it waits.
    expect(waits).toEqual([500]);
    expect(queue.failed).toHaveLength(10);
    expect(summary).toEqual({ analysed: 40, alreadyAnalysed: 0, missing: 0, failedJobs: 10 });
    await store.close();
  });

  it('hands back only the job whose article the store refuses, and analyses the rest of its batch', async () => {
    const { store, queue } = await queuedExamples();
    const refused = queue.waiting[3]?.articleId;
    const putAnnotations = store.putAnnotations.bind(store);
    store.putAnnotations = (articles) =>
      articles.some((article) => article.id === refused)
        ? Promise.reject(new Error('null value in column "code" violates not-null constraint'))
        : putAnnotations(articles);
    const waits: number[] = [];
    const summary = await analyzeQueued(store, queue, {
      pipeline,
      batchSize: 10,
      untilEmpty: true,
      onRetry: (_, waitMs) => waits.push(waitMs),
    });
    expect(summary).toEqual({ analysed: 39, alreadyAnalysed: 0, missing: 0, failedJobs: 3 });
    expect(queue.failed.map((job) => job.articleId)).toEqual([refused, refused, refused]);
    // In its first batch the others went on at once; taken again on its own, a failure cannot be
    // told from the server's, so the worker waits before the next try.
    expect(waits).toEqual([500, 1000]);
    await store.close();
  });
});

describe('ingestArticles with a queue', () => {
  it('stores the articles unanalysed and queues one job per new or changed article', async () => {
    const { store, queue } = await queuedExamples();
    expect(new Set(queue.waiting.map((job) => job.articleId)).size).toBe(40);
    const again = await ingestArticles(store, { paths: [EXAMPLES], queue });
    expect(again).toMatchObject({ added: 0, duplicate: 40, queued: 0 });
    expect(queue.waiting).toHaveLength(40);
    await store.close();
  });

  it('says nothing of queued jobs without a queue', async () => {
    const store = new SqliteStore(freshDb());
    const summary = await ingestArticles(store, { paths: [EXAMPLES] });
    expect(summary).not.toHaveProperty('queued');
    await store.close();
  });
});

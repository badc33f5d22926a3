import { setTimeout as sleep } from 'node:timers/promises';
import type { AnnotatedArticle } from '../document/annotations.js';
import { type Article, articleFields, createArticle } from '../document/article.js';
import type { Pipeline } from '../pipeline/create-pipeline.js';
import { runPipeline } from '../pipeline/run-pipeline.js';
import type { WorkerPool } from '../pipeline/worker-pool.js';
import type { AnalysisJob, AnalysisQueue } from '../queue/analysis-queue.js';
import type { Store } from '../store/store.js';

export interface QueuedAnalysisOptions {
  pipeline: Pipeline;
  /** Worker threads running the same pipeline; without them, the analysis runs in this thread. */
  pool?: WorkerPool;
  /** Batches of jobs in flight at once (one per thread of the pool). */
  concurrency?: number;
  /** Jobs taken at once: their articles are read, analysed and written together. */
  batchSize?: number;
  /** How long to wait before looking again when the queue is empty. */
  pollIntervalMs?: number;
  /** Stop once no job is waiting or being worked on (by any worker), rather than wait for more. */
  untilEmpty?: boolean;
  /** Stops taking jobs; the batches in flight are finished (or handed back) first. */
  signal?: AbortSignal;
  /** Once the pipeline is ready (its models loaded), before the first job is taken. */
  onReady?: () => void;
  /** After each batch. */
  onBatch?: (summary: QueuedAnalysisSummary) => void;
  /** When the server cannot be used: what went wrong, and how long until the next try. */
  onRetry?: (error: Error, waitMs: number) => void;
}

/** What the worker needs of the queue. */
export type JobSource = Pick<AnalysisQueue, 'take' | 'complete' | 'fail' | 'unfinished'>;

export interface QueuedAnalysisSummary {
  /** Jobs whose article was analysed and written. */
  analysed: number;
  /** Jobs whose article the current pipeline had analysed already: nothing to do. */
  alreadyAnalysed: number;
  /**
   * Jobs whose article is no longer stored (replaced by a new version, which has its own job),
   * found when it is read or when its analysis is written.
   */
  missing: number;
  /**
   * Jobs handed back to the queue because reading or writing their article failed (they are
   * retried, by pg-boss up to its retry limit).
   */
  failedJobs: number;
}

const DEFAULT_BATCH_SIZE = 8;
const WARM_UP = createArticle(
  { title: 'Warm-up', body: ['Officials in Paris met on Monday and said talks would resume.'] },
  { location: 'worker warm-up', reader: 'none', contentHash: '', retrievedAt: '' },
);
const DEFAULT_POLL_INTERVAL_MS = 500;
/** Waits after a failure: doubled each time up to the last, back to the first after a success. */
const FIRST_RETRY_MS = 500;
const LAST_RETRY_MS = 30_000;

/**
 * Takes analysis jobs from the queue until stopped: reads each job's stored article, analyses
 * it with the pipeline, and writes its annotations back through `putAnnotations`, which replaces
 * an article's annotations in one transaction, so an article never has them twice or half, and
 * writes nothing for an article replaced by a new version since it was read (`missing`). A
 * job for an article the current pipeline has analysed already (one retried after its worker
 * was killed past the write) does nothing. When the server goes away, the batch is handed back
 * (or, unreachable, times out and goes to another worker) and this worker tries again with a
 * growing wait until it comes back.
 */
export async function analyzeQueued(
  store: Store,
  queue: JobSource,
  options: QueuedAnalysisOptions,
): Promise<QueuedAnalysisSummary> {
  const summary: QueuedAnalysisSummary = { analysed: 0, alreadyAnalysed: 0, missing: 0, failedJobs: 0 };
  const { signal } = options;
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const pollIntervalMs = options.pollIntervalMs ?? DEFAULT_POLL_INTERVAL_MS;
  let retryMs = FIRST_RETRY_MS;
  const wait = async (ms: number) => {
    try {
      await sleep(ms, undefined, signal ? { signal } : {});
    } catch {
      // Stopped while waiting.
    }
  };
  const retryLater = async (error: unknown) => {
    const waitMs = retryMs;
    retryMs = Math.min(retryMs * 2, LAST_RETRY_MS);
    options.onRetry?.(error instanceof Error ? error : new Error(String(error)), waitMs);
    await wait(waitMs);
  };

  const takeAndAnalyse = async () => {
    while (!signal?.aborted) {
      let jobs: AnalysisJob[];
      try {
        jobs = await queue.take(batchSize);
        if (jobs.length === 0 && options.untilEmpty && (await queue.unfinished()) === 0) return;
      } catch (error) {
        await retryLater(error);
        continue;
      }
      if (jobs.length === 0) {
        await wait(pollIntervalMs);
        continue;
      }
      try {
        await runJobs(jobs);
      } catch (error) {
        // One article the store refuses must not hold up the rest of its batch: each job alone,
        // and only those that fail alone are handed back. When all fail, the server is the cause.
        const failed: AnalysisJob[] = [];
        for (const job of jobs.length > 1 ? jobs : []) await runJobs([job]).catch(() => failed.push(job));
        const handedBack = jobs.length > 1 ? failed : jobs;
        summary.failedJobs += handedBack.length;
        // With the server gone this fails too, and the jobs come back when they time out.
        await queue.fail(handedBack, (error as Error).message ?? String(error)).catch(() => {});
        if (handedBack.length === jobs.length) await retryLater(error);
      }
    }
  };
  const runJobs = async (jobs: readonly AnalysisJob[]) => {
    const done = await analyseJobs(store, jobs, options);
    await queue.complete(jobs);
    summary.analysed += done.analysed;
    summary.alreadyAnalysed += done.alreadyAnalysed;
    summary.missing += done.missing;
    retryMs = FIRST_RETRY_MS;
    options.onBatch?.(summary);
  };
  // The stages load their models on first use (seconds): a short article first keeps that out of
  // the first jobs, which could otherwise outlast a short job timeout. Pool threads do their own.
  if (!options.pool) runPipeline(options.pipeline, WARM_UP);
  options.onReady?.();
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 1) }, takeAndAnalyse));
  return summary;
}

/** Reads, analyses and writes the articles of a batch of jobs; the write is one transaction. */
async function analyseJobs(
  store: Store,
  jobs: readonly AnalysisJob[],
  options: QueuedAnalysisOptions,
): Promise<Omit<QueuedAnalysisSummary, 'failedJobs'>> {
  const done = { analysed: 0, alreadyAnalysed: 0, missing: 0 };
  const articles: Article[] = [];
  const seen = new Set<string>();
  for (const job of jobs) {
    if (seen.has(job.articleId)) {
      done.alreadyAnalysed++;
      continue;
    }
    seen.add(job.articleId);
    const stored = await store.getArticle(job.articleId);
    if (!stored || stored.id !== job.articleId) done.missing++;
    else if (isAnalysedBy(stored, options.pipeline)) done.alreadyAnalysed++;
    else articles.push(unanalysed(stored));
  }
  if (articles.length === 0) return done;
  const annotated = options.pool
    ? await options.pool.analyze(articles)
    : articles.map((article) => runPipeline(options.pipeline, article));
  // An article replaced by a new version since it was read is not written: the new one has its own job.
  const outcomes = await store.putAnnotations(annotated);
  const written = outcomes.filter((outcome) => outcome.status === 'annotated').length;
  done.analysed += written;
  done.missing += outcomes.length - written;
  return done;
}

/** Whether every stage of the pipeline, at its current version, has run on the article. */
export function isAnalysedBy(article: AnnotatedArticle, pipeline: Pipeline): boolean {
  return (
    article.stages.length === pipeline.stages.length &&
    pipeline.stages.every(
      (stage, index) =>
        article.stages[index]?.name === stage.name && article.stages[index]?.version === stage.version,
    )
  );
}

/** The article as it was read, before any analysis: without layers, stage runs or their diagnostics. */
function unanalysed(article: AnnotatedArticle): Article {
  const diagnostics = article.diagnostics.filter((diagnostic) => diagnostic.stage === undefined);
  return { ...articleFields(article), diagnostics };
}

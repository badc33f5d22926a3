import type { AnnotatedArticle } from '../document/annotations.js';
import type { Article } from '../document/article.js';
import type { GdeltEvent } from '../formats/gdelt/gdelt-event.js';
import type { Fetcher } from '../ingest/fetch/create-fetcher.js';
import type { Rejection } from '../ingest/input-error.js';
import { GDELT_FILE, type GdeltOutcome, readGdeltFile } from '../ingest/read-gdelt-file.js';
import { type InputFile, type ReadOutcome, readInput } from '../ingest/read-input.js';
import { type WalkOptions, walkInputs } from '../ingest/walk-inputs.js';
import { readUrl, type WebOutcome } from '../ingest/web/read-url.js';
import { type Analyzed, analyzeInOrder } from '../pipeline/analyze-in-order.js';
import type { Pipeline } from '../pipeline/create-pipeline.js';
import type { WorkerPool } from '../pipeline/worker-pool.js';
import type { AnalysisQueue } from '../queue/analysis-queue.js';
import type { PutStatus, Store } from '../store/store.js';

export interface IngestOptions extends WalkOptions {
  /** Files, folders, globs, or `-` for standard input. */
  paths: readonly string[];
  /** Pages and feeds to fetch: a page is one article, a feed gives its items not seen before. */
  urls?: readonly string[];
  /** What fetches the URLs; needed when there are any. */
  fetcher?: Fetcher;
  /** Analyse each article before storing it; without a pipeline, articles are stored as read. */
  pipeline?: Pipeline;
  /** Worker threads running the same pipeline, used when the input is large (see analyzeInOrder). */
  pool?: WorkerPool;
  /**
   * Where to queue the analysis of each new or changed article, stored unanalysed, for
   * `newsgraph worker` processes; used instead of a pipeline. It stores each batch and queues its
   * jobs in one transaction.
   */
  queue?: Pick<AnalysisQueue, 'putAndEnqueue'>;
  /** Articles per transaction: a crash loses at most the batch in flight, never half of one. */
  batchSize?: number;
  onProgress?: (progress: IngestProgress) => void;
  /**
   * Stores events of GDELT event files (`*.export.CSV`, events without articles) and says how many
   * it stored; without it, such a file is rejected.
   */
  importEvents?: (events: readonly GdeltEvent[]) => Promise<number>;
}

export interface IngestProgress {
  filesDone: number;
  filesTotal: number;
  articles: number;
}

export interface IngestSummary extends Record<PutStatus, number> {
  files: number;
  /** Events of GDELT event files stored, when there were any such files. */
  imported?: number;
  urls: number;
  rejected: Rejection[];
  /** Analysis jobs queued (with a queue): one per article added or updated. */
  queued?: number;
}

const DEFAULT_BATCH_SIZE = 500;

/**
 * Reads every input, analyses each article when given a pipeline (on the pool's threads when
 * there is one and the input is large), or queues its analysis when given a queue, and stores
 * them in transactions of `batchSize`. Inputs that cannot be read are rejected with their reason;
 * the rest of the batch goes on.
 */
export async function ingestArticles(store: Store, options: IngestOptions): Promise<IngestSummary> {
  const summary: IngestSummary = { files: 0, urls: 0, added: 0, updated: 0, duplicate: 0, rejected: [] };
  const { queue } = options;
  if (queue) summary.queued = 0;
  const files: InputFile[] = [];
  for await (const outcome of walkInputs(options.paths, options)) {
    if ('file' in outcome) files.push(outcome.file);
    else summary.rejected.push(outcome.rejection);
  }

  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  let batch: (Article | AnnotatedArticle)[] = [];
  let articles = 0;
  let events: GdeltEvent[] = [];
  const flush = async () => {
    if (queue) {
      const { outcomes, queued } = await queue.putAndEnqueue(store, batch);
      for (const outcome of outcomes) summary[outcome.status]++;
      summary.queued = (summary.queued ?? 0) + queued;
    } else {
      for (const outcome of await store.putArticles(batch)) summary[outcome.status]++;
    }
    batch = [];
  };
  const flushEvents = async () => {
    const imported = options.importEvents ? await options.importEvents(events) : 0;
    summary.imported = (summary.imported ?? 0) + imported;
    events = [];
  };
  const inputs = readAll(files, store, options);
  for await (const { item, annotated } of analyzeItems(inputs, options)) {
    if ('fileDone' in item) {
      summary.files++;
      options.onProgress?.({ filesDone: summary.files, filesTotal: files.length, articles });
    } else if ('fetched' in item) {
      // A URL's articles are stored before its fetch is remembered: a feed item is marked seen
      // only once its article is safe.
      if (batch.length > 0) await flush();
      await store.putFetchState(item.fetched.state, item.fetched.items);
      summary.urls++;
    } else if ('rejection' in item) {
      summary.rejected.push(item.rejection);
    } else if ('gdeltEvent' in item) {
      events.push(item.gdeltEvent);
      if (events.length >= batchSize) await flushEvents();
    } else {
      batch.push(annotated ?? item.article);
      articles++;
      if (batch.length >= batchSize) await flush();
    }
  }
  if (batch.length > 0) await flush();
  if (events.length > 0) await flushEvents();
  return summary;
}

type IngestItem = ReadOutcome | GdeltOutcome | WebOutcome | { fileDone: true };

/**
 * Every outcome of reading the files, each file followed by a mark that it is done, then of
 * fetching the URLs, each followed by what to remember of its fetch.
 */
async function* readAll(
  files: readonly InputFile[],
  store: Store,
  options: IngestOptions,
): AsyncGenerator<IngestItem> {
  for (const file of files) {
    if (!GDELT_FILE.test(file.path)) yield* readInput(file);
    else if (options.importEvents) yield* readGdeltFile(file);
    else
      yield {
        rejection: {
          input: file.path,
          reason: 'this store cannot keep GDELT events (events without articles)',
        },
      };
    yield { fileDone: true };
  }
  const urls = options.urls ?? [];
  if (urls.length === 0) return;
  const { fetcher } = options;
  if (!fetcher) throw new Error('ingestArticles: URLs to read but no fetcher');
  for (const url of urls) yield* readUrl(url, { fetcher, store });
}

async function* analyzeItems(
  items: AsyncIterable<IngestItem>,
  options: IngestOptions,
): AsyncGenerator<Analyzed<IngestItem>> {
  const { pipeline, pool, queue } = options;
  if (!pipeline || queue) {
    for await (const item of items) yield { item, annotated: undefined };
    return;
  }
  // An exported annotated article comes back as it was: analysing it again would change its stages' times.
  const articleOf = (item: IngestItem) =>
    'article' in item && !('stages' in item.article) ? item.article : undefined;
  yield* analyzeInOrder(items, articleOf, { pipeline, pool });
}

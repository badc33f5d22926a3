import type { AnnotatedArticle } from '../document/annotations.js';
import type { Article } from '../document/article.js';
import type { Pipeline } from './create-pipeline.js';
import { runPipeline } from './run-pipeline.js';
import type { WorkerPool } from './worker-pool.js';

/** How to analyse: the pipeline, and worker threads that run the same pipeline for large inputs. */
export interface Analysis {
  pipeline: Pipeline;
  pool?: WorkerPool;
}

/** One input item, and its article analysed when the item holds one. */
export interface Analyzed<T> {
  item: T;
  annotated: AnnotatedArticle | undefined;
}

/**
 * Articles per message to a worker thread. An article takes about 7 ms to analyse and about 0.3 ms
 * to clone between threads; with 32 per message the main thread is busy under a tenth of the time.
 */
export const POOL_BATCH_SIZE = 32;
/**
 * Below this many articles everything stays in this thread. Each worker thread loads its own
 * models (measured 2.5 to 5 s for two threads starting together on two cores, against 1.4 s for
 * the main thread alone), which two threads win back only after a few hundred articles.
 */
export const POOL_MIN_ARTICLES = 200;
/**
 * Items held at most while counting articles towards POOL_MIN_ARTICLES: an input of many items
 * without an article to analyse (exported annotated articles, GDELT events) is then analysed in
 * this thread rather than held in memory whole.
 */
export const POOL_MAX_HELD_ITEMS = 4 * POOL_MIN_ARTICLES;

/**
 * Analyses the articles among `items` (those for which `articleOf` returns one) and yields every
 * item in input order with its annotated article. With a pool and at least POOL_MIN_ARTICLES
 * articles, batches go to the worker threads, at most two per thread in flight, so that memory
 * stays bounded however long the input is; otherwise each article runs here. The result is the
 * same either way, except for the stages' times.
 */
export async function* analyzeInOrder<T>(
  items: AsyncIterable<T>,
  articleOf: (item: T) => Article | undefined,
  analysis: Analysis,
): AsyncGenerator<Analyzed<T>> {
  const iterator = items[Symbol.asyncIterator]();
  const held: T[] = [];
  let next = await iterator.next();
  let articles = 0;
  if (analysis.pool) {
    while (!next.done && articles < POOL_MIN_ARTICLES && held.length < POOL_MAX_HELD_ITEMS) {
      held.push(next.value);
      if (articleOf(next.value)) articles++;
      next = await iterator.next();
    }
  }
  const rest = remaining(iterator, next);
  if (!analysis.pool || next.done || articles < POOL_MIN_ARTICLES) {
    for (const item of held) yield analyzeHere(item, articleOf, analysis.pipeline);
    for await (const item of rest) yield analyzeHere(item, articleOf, analysis.pipeline);
    return;
  }
  yield* analyzeOnPool(concat(held, rest), articleOf, analysis.pool);
}

interface Chunk<T> {
  items: T[];
  annotated: Promise<AnnotatedArticle[]>;
}

async function* analyzeOnPool<T>(
  items: AsyncIterable<T>,
  articleOf: (item: T) => Article | undefined,
  pool: WorkerPool,
): AsyncGenerator<Analyzed<T>> {
  // Started before the first batch, so that threads that cannot start fail here, once.
  await pool.start();
  const maxInFlight = pool.threads * 2;
  const inFlight: Chunk<T>[] = [];
  let chunk: T[] = [];
  let articles: Article[] = [];
  const send = () => {
    inFlight.push({
      items: chunk,
      annotated: articles.length > 0 ? pool.analyze(articles) : Promise.resolve([]),
    });
    chunk = [];
    articles = [];
  };
  for await (const item of items) {
    chunk.push(item);
    const article = articleOf(item);
    if (article) articles.push(article);
    if (articles.length < POOL_BATCH_SIZE) continue;
    send();
    if (inFlight.length >= maxInFlight) yield* receive(inFlight.shift() as Chunk<T>, articleOf);
  }
  if (chunk.length > 0) send();
  for (const sent of inFlight) yield* receive(sent, articleOf);
}

async function* receive<T>(
  chunk: Chunk<T>,
  articleOf: (item: T) => Article | undefined,
): AsyncGenerator<Analyzed<T>> {
  const annotated = await chunk.annotated;
  let index = 0;
  for (const item of chunk.items) {
    yield { item, annotated: articleOf(item) ? annotated[index++] : undefined };
  }
}

function analyzeHere<T>(
  item: T,
  articleOf: (item: T) => Article | undefined,
  pipeline: Pipeline,
): Analyzed<T> {
  const article = articleOf(item);
  return { item, annotated: article ? runPipeline(pipeline, article) : undefined };
}

async function* remaining<T>(iterator: AsyncIterator<T>, next: IteratorResult<T>): AsyncGenerator<T> {
  let current = next;
  while (!current.done) {
    yield current.value;
    current = await iterator.next();
  }
}

async function* concat<T>(first: readonly T[], second: AsyncIterable<T>): AsyncGenerator<T> {
  yield* first;
  yield* second;
}

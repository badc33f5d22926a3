import { availableParallelism } from 'node:os';
import { createFetcher, type Fetcher, type FetcherOptions } from './ingest/fetch/create-fetcher.js';
import { createPipeline, type Pipeline } from './pipeline/create-pipeline.js';
import { WorkerPool } from './pipeline/worker-pool.js';
import { AnalysisQueue, type AnalysisQueueOptions } from './queue/analysis-queue.js';
import { actorsStage } from './stages/actors/actors-stage.js';
import { coreferenceStage } from './stages/coreference/coreference-stage.js';
import { duplicatesStage } from './stages/duplicates/duplicates-stage.js';
import { entitiesStage } from './stages/entities/entities-stage.js';
import { eventsStage } from './stages/events/events-stage.js';
import { placesStage } from './stages/places/places-stage.js';
import { quotesStage } from './stages/quotes/quotes-stage.js';
import { sentencesStage } from './stages/sentences/sentences-stage.js';
import { tokensStage } from './stages/tokens/tokens-stage.js';
import { toneStage } from './stages/tone/tone-stage.js';
import { isPostgresUrl, PostgresStore } from './store/postgres/postgres-store.js';
import { SqliteStore, type SqliteStoreOptions } from './store/sqlite/sqlite-store.js';
import type { Store } from './store/store.js';

/**
 * Worker threads for analysis when none are asked for: one per core, at most 8, because each
 * thread holds its own copy of the models (about 220 MB).
 */
export const DEFAULT_WORKERS = Math.min(availableParallelism(), 8);

/** Where the database is when none is named. */
export const DEFAULT_DB = './newsgraph.db';

/**
 * The composition root: the one place that picks concrete stores and stages. `db` is a SQLite
 * file, or a `postgres://` (`postgresql://`) URL, whose store checks the server on its first call.
 */
export function openStore(db: string = DEFAULT_DB, options: SqliteStoreOptions = {}): Store {
  return isPostgresUrl(db) ? new PostgresStore(db, options) : new SqliteStore(db, options);
}

/** The database as messages name it: a PostgreSQL URL without its password. */
export function describeDb(db: string): string {
  if (!isPostgresUrl(db)) return db;
  const url = new URL(db);
  if (url.password) url.password = '***';
  return url.toString();
}

/**
 * The analysis jobs of the PostgreSQL database `db`, for `ingest` and `watch` to queue and
 * `newsgraph worker` to take; undefined for a SQLite file, whose articles are analysed in-process.
 */
export async function openAnalysisQueue(
  db: string,
  options: Omit<AnalysisQueueOptions, 'server'> = {},
): Promise<AnalysisQueue | undefined> {
  if (!isPostgresUrl(db)) return undefined;
  return AnalysisQueue.open(db, { ...options, server: describeDb(db) });
}

export function defaultPipeline(): Pipeline {
  return createPipeline([
    tokensStage,
    sentencesStage,
    entitiesStage,
    coreferenceStage,
    actorsStage,
    placesStage,
    quotesStage,
    eventsStage,
    toneStage,
    duplicatesStage,
  ]);
}

/**
 * Worker threads that each run `defaultPipeline()`. They start on first use, so passing a pool
 * to an operation that ends up analysing a few articles in-process costs nothing.
 */
export function openWorkerPool(threads: number): WorkerPool {
  return new WorkerPool({ threads, pipeline: { module: import.meta.url, exportName: 'defaultPipeline' } });
}

/** The fetcher for URLs and feeds the user names: polite, and kept off private addresses unless allowed. */
export function openFetcher(options: FetcherOptions = {}): Fetcher {
  return createFetcher(options);
}

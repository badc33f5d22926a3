import pg from 'pg';
import PgBoss from 'pg-boss';
import type { AnnotatedArticle } from '../document/annotations.js';
import type { Article } from '../document/article.js';
import { NewsgraphError } from '../errors.js';
import { PostgresStore, type SqlExecutor } from '../store/postgres/postgres-store.js';
import { CHECK_SERVER, serverAdvice } from '../store/postgres/server-advice.js';
import type { PutOutcome, Store } from '../store/store.js';
import { queueSchemaOf } from './queue-schema.js';

/** The pg-boss queue of analysis jobs. */
export const ANALYSIS_QUEUE = 'newsgraph-analyze';
/**
 * How long a worker may hold a job before pg-boss gives it to another (a worker killed with
 * `kill -9`, or cut off from the server, never finishes it). A job is a few articles of about
 * 10 ms each, so this only bounds how long a dead worker's jobs wait.
 */
export const DEFAULT_JOB_TIMEOUT_SECONDS = 300;
/**
 * Times a job is tried again after it failed or timed out. The analysis itself never fails (a
 * stage that throws becomes a diagnostic), so failures are the database's, and pass.
 */
const RETRY_LIMIT = 10;
const RETRY_DELAY_SECONDS = 2;

/** The connections of the queues' relaxed pools that have `synchronous_commit` off already. */
const RELAXED = new WeakSet<pg.PoolClient>();

/** A job taken from the queue: analyse the stored article `articleId`. */
export interface AnalysisJob {
  id: string;
  articleId: string;
}

export interface AnalysisQueueOptions {
  /** The schema of pg-boss's tables; by default the one `queueSchemaOf(url)` names. */
  schema?: string;
  /**
   * Sets the queue's job timeout (see DEFAULT_JOB_TIMEOUT_SECONDS) for the jobs queued from now
   * on; without it, the queue keeps the one it has.
   */
  jobTimeoutSeconds?: number;
  /** How often timed-out jobs are looked for and given back; at most the job timeout. */
  maintenanceIntervalSeconds?: number;
  /** Most connections the queue opens at once. */
  maxConnections?: number;
  /** For messages: the server, without its password. */
  server?: string;
}

/**
 * The analysis jobs of a PostgreSQL store, kept by pg-boss in its own schema of the same database.
 * Each job names one stored article. A job is taken by one worker at a time; one not completed
 * within the job timeout is retried by another.
 */
export class AnalysisQueue {
  readonly #boss: PgBoss;
  readonly #url: string;
  /** Connections that commit without waiting for the disk, for taking and completing jobs. */
  #relaxed: pg.Pool | undefined;
  readonly server: string;
  readonly schema: string;

  private constructor(boss: PgBoss, url: string, server: string, schema: string) {
    this.#boss = boss;
    this.#url = url;
    this.server = server;
    this.schema = schema;
  }

  /**
   * Connects, creates pg-boss's schema and the queue when they are missing, and applies the job
   * timeout. Fails with a message naming the server when it cannot.
   */
  static async open(url: string, options: AnalysisQueueOptions = {}): Promise<AnalysisQueue> {
    const schema = options.schema ?? queueSchemaOf(url);
    const server = options.server ?? 'the PostgreSQL server';
    const timeoutSeconds = options.jobTimeoutSeconds ?? DEFAULT_JOB_TIMEOUT_SECONDS;
    const boss = new PgBoss({
      connectionString: url,
      schema,
      application_name: 'newsgraph-queue',
      max: options.maxConnections ?? 4,
      maintenanceIntervalSeconds: options.maintenanceIntervalSeconds ?? Math.min(60, timeoutSeconds),
      schedule: false,
    });
    // Connection errors reach the caller through the call that met them; without a listener the
    // maintenance timer's would end the process.
    boss.on('error', () => {});
    try {
      await boss.start();
      const queue = await boss.getQueue(ANALYSIS_QUEUE);
      const settings = {
        name: ANALYSIS_QUEUE,
        policy: 'standard' as const,
        retryLimit: RETRY_LIMIT,
        retryDelay: RETRY_DELAY_SECONDS,
        expireInSeconds: timeoutSeconds,
      };
      if (!queue) await boss.createQueue(ANALYSIS_QUEUE, settings);
      else if (options.jobTimeoutSeconds !== undefined && queue.expireInSeconds !== timeoutSeconds)
        await boss.updateQueue(ANALYSIS_QUEUE, settings);
    } catch (error) {
      await boss.stop({ graceful: false, wait: true }).catch(() => {});
      throw new NewsgraphError(
        'STORE_NOT_FOUND',
        `cannot use the analysis queue at ${server} (schema ${schema}): ${(error as Error).message}. ${serverAdvice(error) ?? CHECK_SERVER}`,
        { cause: error },
      );
    }
    return new AnalysisQueue(boss, url, server, schema);
  }

  /**
   * Queues one job per article id, all in one statement, in the caller's transaction when given
   * `sql` (on the same database); returns how many.
   */
  async enqueue(articleIds: readonly string[], sql?: SqlExecutor): Promise<number> {
    if (articleIds.length === 0) return 0;
    await this.#use(() =>
      this.#boss.insert(
        articleIds.map((articleId) => ({ name: ANALYSIS_QUEUE, data: { articleId } })),
        sql ? { db: sql } : {},
      ),
    );
    return articleIds.length;
  }

  /**
   * Stores a batch in the PostgreSQL store of this queue's database and, in the same transaction,
   * queues one job per article added or updated: a crash or a failure between the two cannot leave
   * an article stored without its job, or a job without its article.
   */
  async putAndEnqueue(
    store: Store,
    articles: readonly (Article | AnnotatedArticle)[],
  ): Promise<{ outcomes: PutOutcome[]; queued: number }> {
    if (!(store instanceof PostgresStore)) {
      throw new NewsgraphError('USAGE', 'the analysis queue keeps its jobs beside a PostgreSQL store only');
    }
    let queued = 0;
    const outcomes = await store.putArticles(articles, async (stored, sql) => {
      const changed = stored.filter((outcome) => outcome.status !== 'duplicate');
      queued = await this.enqueue(
        changed.map((outcome) => outcome.id),
        sql,
      );
    });
    return { outcomes, queued };
  }

  /**
   * Takes up to `limit` jobs, oldest first; each is this worker's until completed, failed or timed
   * out. Fails, naming the server, when the server, the database or the queue's tables are gone.
   */
  async take(limit: number): Promise<AnalysisJob[]> {
    return this.#use(async () => {
      // pg-boss's fetch finds no job when its statement fails (it expects only unique violations,
      // of queues this one's policy rules out): the error is kept and thrown, so that a worker cut
      // off from its database says so instead of finding nothing to do.
      const db = this.#relaxedDb();
      let failure: unknown;
      const watched = {
        executeSql: (text: string, values: unknown[]) =>
          db.executeSql(text, values).catch((error: unknown) => {
            failure = error;
            throw error;
          }),
      };
      const jobs = await this.#boss.fetch<{ articleId: string }>(ANALYSIS_QUEUE, {
        batchSize: limit,
        db: watched,
      });
      if (failure !== undefined) throw failure;
      return jobs.map((job) => ({ id: job.id, articleId: job.data.articleId }));
    });
  }

  async complete(jobs: readonly AnalysisJob[]): Promise<void> {
    if (jobs.length === 0) return;
    // pg-boss 10 takes (name, ids, data, options); its types leave out data when ids is an array.
    const complete = this.#boss.complete.bind(this.#boss) as (
      name: string,
      ids: string[],
      data: undefined,
      options: PgBoss.ConnectionOptions,
    ) => Promise<void>;
    await this.#use(() =>
      complete(
        ANALYSIS_QUEUE,
        jobs.map((job) => job.id),
        undefined,
        { db: this.#relaxedDb() },
      ),
    );
  }

  /**
   * Taking and completing jobs commit without waiting for the write-ahead log to reach the disk
   * (`synchronous_commit` off, on two connections of their own), which saves two of the three
   * disk flushes of each batch a worker analyses. A crash of the server can forget the last
   * fraction of a second of them, and nothing else: a forgotten take leaves the job waiting, to be
   * taken again; a forgotten completion leaves the job held until its timeout, then taken again,
   * and the worker that takes it finds the article analysed by this pipeline and does nothing. The
   * annotations themselves are written in a transaction that waits for the disk, so each article
   * is still analysed once in effect. Queuing waits for the disk as before.
   */
  #relaxedDb(): { executeSql: (text: string, values: unknown[]) => Promise<{ rows: unknown[] }> } {
    if (this.#relaxed === undefined) {
      this.#relaxed = new pg.Pool({
        connectionString: this.#url,
        max: 2,
        connectionTimeoutMillis: 10_000,
        application_name: 'newsgraph-queue',
      });
      // An idle connection the server closed is replaced on the next query.
      this.#relaxed.on('error', () => {});
    }
    const pool = this.#relaxed;
    return {
      executeSql: async (text, values) => {
        const client = await pool.connect();
        try {
          if (!RELAXED.has(client)) {
            await client.query('SET synchronous_commit = off');
            RELAXED.add(client);
          }
          const result = await client.query(text, values);
          client.release();
          return result;
        } catch (error) {
          // A connection that failed may be broken: the pool closes it instead of lending it again.
          client.release(error as Error);
          throw error;
        }
      },
    };
  }

  /** Hands the jobs back to be retried (after a short delay), with the reason. */
  async fail(jobs: readonly AnalysisJob[], reason: string): Promise<void> {
    for (const job of jobs)
      await this.#use(() => this.#boss.fail(ANALYSIS_QUEUE, job.id, { message: reason }));
  }

  /** Jobs waiting to be taken (not those being worked on). */
  async waiting(): Promise<number> {
    return this.#use(() => this.#boss.getQueueSize(ANALYSIS_QUEUE));
  }

  /** Jobs not finished yet: waiting, to be retried, or being worked on. */
  async unfinished(): Promise<number> {
    return this.#use(() => this.#boss.getQueueSize(ANALYSIS_QUEUE, { before: 'completed' }));
  }

  /** Gives back the jobs held longer than their timeout now, rather than at the next maintenance. */
  async expireTimedOut(): Promise<void> {
    await this.#use(() => this.#boss.expire());
  }

  /**
   * Runs a call of pg-boss; an error of the server, the database or the queue's tables becomes
   * one that names the server and says what to do.
   */
  async #use<T>(call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (error) {
      const advice = serverAdvice(error);
      if (advice === undefined) throw error;
      throw new NewsgraphError(
        'STORE_UNAVAILABLE',
        `cannot use the analysis queue at ${this.server} (schema ${this.schema}): ${(error as Error).message}. ${advice}`,
        { cause: error },
      );
    }
  }

  async close(): Promise<void> {
    await this.#relaxed?.end();
    await this.#boss.stop({ graceful: false, wait: true, close: true });
  }
}

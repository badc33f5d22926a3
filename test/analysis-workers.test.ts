import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateArticles } from '../bench/generate-articles.js';
import { captureCli } from '../src/cli/capture-cli.js';
import type { AnnotatedArticle } from '../src/document/annotations.js';
import { ingestArticles } from '../src/operations/ingest-articles.js';
import { AnalysisQueue } from '../src/queue/analysis-queue.js';
import { PostgresStore } from '../src/store/postgres/postgres-store.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { defaultPipeline, openWorkerPool } from '../src/system.js';

const URL_VARIABLE = 'NEWSGRAPH_TEST_POSTGRES_URL';
const url = process.env[URL_VARIABLE] ?? '';
const requireAll = process.env.NEWSGRAPH_REQUIRE_ALL === '1';
const runServer = url !== '' || requireAll;
if (!runServer) {
  console.warn(
    `skipping the analysis worker tests: set ${URL_VARIABLE} to a database they may create schemas in (postgres://user:password@localhost/newsgraph_test), or NEWSGRAPH_REQUIRE_ALL=1 to fail instead`,
  );
}

const ROOT = join(import.meta.dirname, '..');
const ARTICLES = 2000;
const LAYERS = ['events', 'actors', 'quotes', 'places'] as const;
const schema = `newsgraph_test_${process.pid}_workers`;
/**
 * The URL the worker processes get: the test's database, with the test's schema as search_path
 * and a name of its own for their connections, for ending them from here.
 */
const applicationName = `${schema}_worker`;
const workerUrl = url
  ? `${url}${url.includes('?') ? '&' : '?'}options=-c%20search_path%3D${schema}&application_name=${applicationName}`
  : '';
const folder = mkdtempSync(join(tmpdir(), 'newsgraph-analysis-workers-'));
let client: pg.Client;
afterAll(() => rmSync(folder, { recursive: true, force: true }));

async function count(sql: string): Promise<number> {
  const { rows } = await client.query<{ n: number }>(sql);
  return rows[0]?.n ?? 0;
}
const analysed = () =>
  count(`SELECT count(*)::int AS n FROM ${schema}.articles WHERE annotations IS NOT NULL`);
const jobs = (state: string) =>
  count(
    `SELECT count(*)::int AS n FROM ${schema}_queue.job WHERE name = 'newsgraph-analyze' AND state = '${state}'`,
  );

interface Worker {
  process: ChildProcess;
  out: string;
  err: string;
  exit: Promise<number | null>;
}

function startWorker(...extra: string[]): Worker {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'src/cli/bin.ts', 'worker', '--db', workerUrl, '--job-timeout', '3s', ...extra],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const worker: Worker = {
    process: child,
    out: '',
    err: '',
    exit: new Promise((resolve) => child.on('exit', (code) => resolve(code))),
  };
  child.stdout?.on('data', (chunk) => (worker.out += chunk));
  child.stderr?.on('data', (chunk) => (worker.err += chunk));
  return worker;
}

/** Waits for the condition; past the time, fails with what the database and the workers say. */
async function waitFor(
  condition: () => Promise<boolean>,
  timeoutMs: number,
  what: string,
  workers: readonly Worker[],
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) {
      const { rows } = await client.query<{ state: string; n: number }>(
        `SELECT state, count(*)::int AS n FROM ${schema}_queue.job GROUP BY state`,
      );
      throw new Error(
        `${what}: not within ${timeoutMs} ms; ${await analysed()} articles analysed; jobs ${JSON.stringify(rows)}; ` +
          `the workers said: ${workers.map((worker) => `${worker.err}${worker.out}`.slice(-600)).join(' | ')}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** How many rows each article has in each layer table: `article id -> "events,actors,quotes,places"`. */
async function postgresLayerRows(): Promise<Map<string, string>> {
  const counts = new Map<string, number[]>();
  for (const [index, layer] of LAYERS.entries()) {
    const { rows } = await client.query<{ id: string; n: number }>(
      `SELECT article_id AS id, count(*)::int AS n FROM ${schema}.${layer} GROUP BY article_id`,
    );
    for (const row of rows) {
      const row4 = counts.get(row.id) ?? [0, 0, 0, 0];
      row4[index] = row.n;
      counts.set(row.id, row4);
    }
  }
  return new Map([...counts].map(([id, row4]) => [id, row4.join(',')]));
}

function sqliteLayerRows(db: string): Map<string, string> {
  const connection = new Database(db, { readonly: true });
  try {
    const counts = new Map<string, number[]>();
    for (const [index, layer] of LAYERS.entries()) {
      const rows = connection
        .prepare(`SELECT a.id, count(*) AS n FROM ${layer} l JOIN articles a ON a.seq = l.seq GROUP BY a.id`)
        .all() as { id: string; n: number }[];
      for (const row of rows) {
        const row4 = counts.get(row.id) ?? [0, 0, 0, 0];
        row4[index] = row.n;
        counts.set(row.id, row4);
      }
    }
    return new Map([...counts].map(([id, row4]) => [id, row4.join(',')]));
  } finally {
    connection.close();
  }
}

async function readAll(store: PostgresStore | SqliteStore): Promise<AnnotatedArticle[]> {
  const articles: AnnotatedArticle[] = [];
  for (let page = await store.listArticlesAfter(undefined, 500); page.length > 0; ) {
    articles.push(...page);
    page = await store.listArticlesAfter(page.at(-1)?.id, 500);
  }
  return articles;
}

describe.skipIf(!runServer)(`newsgraph worker processes on a server (needs ${URL_VARIABLE})`, () => {
  const input = join(folder, 'articles');

  beforeAll(async () => {
    if (!url) throw new Error(`${URL_VARIABLE} is not set: the analysis worker tests need a server`);
    client = new pg.Client(url);
    await client.connect();
    generateArticles(join(ROOT, 'examples/articles'), input, ARTICLES);
    const store = new PostgresStore(url, { schema, maxConnections: 2 });
    const queue = await AnalysisQueue.open(workerUrl, { jobTimeoutSeconds: 3, maxConnections: 2 });
    const summary = await ingestArticles(store, { paths: [input], queue });
    expect(summary).toMatchObject({ added: ARTICLES, queued: ARTICLES });
    await queue.close();
    await store.close();
  });

  afterAll(async () => {
    if (!client) return;
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await client.query(`DROP SCHEMA IF EXISTS ${schema}_queue CASCADE`);
    await client.end();
  });

  it('stops on SIGTERM with the jobs in hand done, and exits 0', async () => {
    expect(await analysed()).toBe(0);
    const worker = startWorker();
    await waitFor(async () => (await analysed()) >= 40, 240_000, 'the first articles analysed', [worker]);
    worker.process.kill('SIGTERM');
    expect(await worker.exit).toBe(0);
    expect(worker.err).toContain('stopping once the jobs in hand are done');
    const done = Number(/worker: (\d+) analysed/.exec(worker.out)?.[1]);
    expect(done).toBeGreaterThanOrEqual(40);
    // Nothing left half-done: no job held, the articles it analysed are all written, and every
    // completed job's article is analysed. (A job that outlasted its timeout on a busy machine is
    // queued again, though its article is analysed: the next worker finds nothing to do.)
    expect(await jobs('active')).toBe(0);
    expect(await analysed()).toBe(done);
    expect(await jobs('completed')).toBeGreaterThan(0);
    expect(
      await count(
        `SELECT count(*)::int AS n FROM ${schema}_queue.job j WHERE j.name = 'newsgraph-analyze' AND j.state = 'completed'
         AND NOT EXISTS (SELECT 1 FROM ${schema}.articles a WHERE a.id = j.data->>'articleId' AND a.annotations IS NOT NULL)`,
      ),
    ).toBe(0);
  }, 300_000);

  it('analyses all 2,000 articles exactly once with three workers, one of them killed mid-way', async () => {
    const workers = [startWorker(), startWorker(), startWorker()];
    const before = await analysed();
    await waitFor(
      async () => (await analysed()) >= before + 300,
      240_000,
      'articles analysed by three workers',
      workers,
    );
    workers[0]?.process.kill('SIGKILL');
    expect(await workers[0]?.exit).toBe(null);
    // And the server ends the others' connections, as a restart would: they carry on.
    await client.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1', [
      applicationName,
    ]);
    await waitFor(
      async () => (await analysed()) === ARTICLES && (await jobs('completed')) === ARTICLES,
      420_000,
      `all ${ARTICLES} articles analysed and their jobs completed`,
      workers,
    );
    // The killed worker's jobs timed out and were taken again by another.
    expect(
      await count(
        `SELECT count(*)::int AS n FROM ${schema}_queue.job WHERE name = 'newsgraph-analyze' AND retry_count > 0`,
      ),
    ).toBeGreaterThan(0);
    for (const worker of workers.slice(1)) worker.process.kill('SIGTERM');
    for (const worker of workers.slice(1)) expect(await worker.exit, worker.err).toBe(0);

    // What one in-process analysis of the same files finds.
    const db = join(folder, 'reference.db');
    const reference = new SqliteStore(db);
    const pool = openWorkerPool(2);
    await ingestArticles(reference, { paths: [input], pipeline: defaultPipeline(), pool });
    await pool.close();
    const expected = new Map((await readAll(reference)).map((article) => [article.id, article]));
    await reference.close();

    const store = new PostgresStore(url, { schema, maxConnections: 2 });
    const stored = await readAll(store);
    await store.close();
    expect(stored).toHaveLength(ARTICLES);
    const differing = stored.filter((article) => {
      const other = expected.get(article.id);
      return (
        article.events?.length !== other?.events?.length ||
        article.quotes?.length !== other?.quotes?.length ||
        article.actors?.length !== other?.actors?.length ||
        article.stages.length !== other?.stages.length
      );
    });
    expect(differing.map((article) => article.id)).toEqual([]);
    expect(await postgresLayerRows()).toEqual(sqliteLayerRows(db));
  }, 900_000);

  it('has ingest queue the articles it stores, and analyse them itself with --analyze-here', async () => {
    const examples = join(ROOT, 'examples/articles');
    const queuedSchema = `${schema}_queued`;
    const hereSchema = `${schema}_here`;
    const urlOf = (name: string) =>
      `${url}${url.includes('?') ? '&' : '?'}options=-c%20search_path%3D${name}`;
    const stored = (name: string, sql: string) => count(`SELECT count(*)::int AS n FROM ${name}.${sql}`);
    try {
      for (const name of [queuedSchema, hereSchema]) await client.query(`CREATE SCHEMA ${name}`);
      const queued = await captureCli('ingest', examples, '--db', urlOf(queuedSchema));
      expect(queued.code, queued.err).toBe(0);
      expect(queued.out).toMatch(/: 40 added, 0 updated, 0 duplicate, 0 rejected; 40 queued for analysis$/);
      const json = await captureCli('ingest', examples, '--db', urlOf(queuedSchema), '--json');
      expect(JSON.parse(json.out)).toMatchObject({ added: 0, duplicate: 40, queued: 0 });
      expect(await stored(queuedSchema, 'articles WHERE annotations IS NOT NULL')).toBe(0);
      expect(await stored(`${queuedSchema}_queue`, `job WHERE name = 'newsgraph-analyze'`)).toBe(40);

      const here = await captureCli(
        'ingest',
        examples,
        '--db',
        urlOf(hereSchema),
        '--analyze-here',
        '--workers',
        '1',
      );
      expect(here.code, here.err).toBe(0);
      expect(here.out).toMatch(/: 40 added, 0 updated, 0 duplicate, 0 rejected$/);
      expect(await stored(hereSchema, 'articles WHERE annotations IS NOT NULL')).toBe(40);
      expect(await stored(hereSchema, 'events')).toBeGreaterThan(0);
    } finally {
      for (const name of [queuedSchema, `${queuedSchema}_queue`, hereSchema, `${hereSchema}_queue`])
        await client.query(`DROP SCHEMA IF EXISTS ${name} CASCADE`);
    }
  }, 120_000);

  it('names the server, without its password, when the password is wrong', async () => {
    const wrong = new URL(url);
    wrong.password = 'not-the-password';
    const run = await captureCli('worker', '--db', wrong.toString());
    expect(run.code).toBe(2);
    expect(run.err).toMatch(new RegExp(`cannot use PostgreSQL at ${wrong.hostname}:.*password`, 'i'));
    expect(run.err).not.toContain('not-the-password');
  });
});

describe('newsgraph worker without a server', () => {
  it('names the server and what to do when nothing listens there', async () => {
    const run = await captureCli('worker', '--db', 'postgres://newsgraph:secret@127.0.0.1:1/newsgraph');
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/cannot use PostgreSQL at 127\.0\.0\.1:1\/newsgraph: .*server runs/);
    expect(run.err).not.toContain('secret');
  });

  it('refuses a SQLite database, whose articles ingest analyses itself', async () => {
    const run = await captureCli('worker', '--db', join(folder, 'news.db'));
    expect(run.code).toBe(2);
    expect(run.err).toContain('newsgraph worker needs a postgres:// database');
  });
});

import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateArticles } from '../bench/generate-articles.js';
import { captureCli } from '../src/cli/capture-cli.js';
import { requireAll, ScratchDatabases, URL_VARIABLE } from './scratch-databases.js';

const scratch = new ScratchDatabases();
const { url } = scratch;
const missing = await scratch.whatIsMissing();
const runServer = missing === '' || requireAll;
if (!runServer) {
  console.warn(
    `skipping the dropped-database tests: ${missing}; or set NEWSGRAPH_REQUIRE_ALL=1 to fail instead`,
  );
}

const ROOT = join(import.meta.dirname, '..');
const EXAMPLES = join(ROOT, 'examples/articles');
const folder = mkdtempSync(join(tmpdir(), 'newsgraph-dropped-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
const password = url ? new URL(url).password : '';

/** A count in the database `db`, or 0 while it or the table is not there. */
async function count(db: string, sql: string): Promise<number> {
  const client = new pg.Client(db);
  client.on('error', () => {});
  try {
    await client.connect();
    return (await client.query<{ n: number }>(sql)).rows[0]?.n ?? 0;
  } catch {
    return 0;
  } finally {
    await client.end().catch(() => {});
  }
}

interface Run {
  process: ChildProcess;
  out: string;
  err: string;
  exit: Promise<number | null>;
}

function startCli(...args: string[]): Run {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/bin.ts', ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const run: Run = {
    process: child,
    out: '',
    err: '',
    exit: new Promise((resolve) => child.on('exit', (code) => resolve(code))),
  };
  child.stdout?.on('data', (chunk) => (run.out += chunk));
  child.stderr?.on('data', (chunk) => (run.err += chunk));
  return run;
}

/** Waits for the condition; past the time, fails with what the process said. */
async function waitFor(condition: () => Promise<boolean>, timeoutMs: number, what: string, run: Run) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) {
      throw new Error(`${what}: not within ${timeoutMs} ms; it said: ${`${run.err}${run.out}`.slice(-1000)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** A printed stack frame: `    at fn (file:line:column)`. */
const STACK_FRAME = /^\s+at .+:\d+:\d+\)?$/m;

describe.skipIf(!runServer)(`a database dropped mid-run (needs ${URL_VARIABLE} and CREATEDB)`, () => {
  beforeAll(() => {
    if (missing) throw new Error(`the dropped-database tests cannot run: ${missing}`);
  });

  afterAll(() => scratch.dropAll());

  it('has a worker say so, naming the database without its password, and carry on once it is made again', async () => {
    const { name, db } = scratch.name('worker');
    const input = join(folder, 'worker');
    generateArticles(EXAMPLES, input, 300);
    await scratch.create(name);
    expect((await captureCli('ingest', input, '--db', db)).code).toBe(0);
    const analysed = () => count(db, 'SELECT count(*)::int AS n FROM articles WHERE annotations IS NOT NULL');
    const worker = startCli('worker', '--db', db);
    try {
      await waitFor(async () => (await analysed()) >= 8, 240_000, 'the first articles analysed', worker);
      await scratch.drop(name);
      // It keeps trying, each wait longer than the one before.
      const gone = new RegExp(
        `database "${name}" does not exist\\. Create it .*; trying again in (\\S+)s`,
        'g',
      );
      await waitFor(async () => [...worker.err.matchAll(gone)].length >= 3, 60_000, 'three tries', worker);
      const waits = [...worker.err.matchAll(gone)].map((match) => Number(match[1]));
      expect(waits.slice(1).every((wait, index) => wait > (waits[index] ?? 0))).toBe(true);
      expect(worker.err).toContain(
        `cannot use the analysis queue at postgres://${new URL(url).username}:***@`,
      );
      expect(worker.err).not.toContain(`:${password}@`);
      expect(worker.err).not.toMatch(STACK_FRAME);
      expect(worker.process.exitCode).toBe(null);

      await scratch.create(name);
      const again = await captureCli('ingest', EXAMPLES, '--db', db);
      expect(again.out).toMatch(/40 added, .*; 40 queued for analysis$/);
      await waitFor(
        async () => (await analysed()) === 40,
        120_000,
        'the articles ingested again analysed',
        worker,
      );
      const completed = `SELECT count(*)::int AS n FROM newsgraph_queue.job WHERE state = 'completed'`;
      await waitFor(async () => (await count(db, completed)) === 40, 30_000, 'their jobs completed', worker);
      worker.process.kill('SIGTERM');
      expect(await worker.exit).toBe(0);
    } finally {
      worker.process.kill('SIGKILL');
    }
  }, 400_000);

  it('has ingest stop with the database named and what to do, and a run into the database made again queue each article once', async () => {
    const { name, db } = scratch.name('ingest');
    const input = join(folder, 'reports.jsonl');
    const articles = 3000;
    writeFileSync(
      input,
      Array.from({ length: articles }, (_, index) =>
        JSON.stringify({
          title: `Harbour authority report number ${index}`,
          maintext: `Report ${index} says the harbour handled cargo on schedule.`,
          date_publish: `2020-01-${String((index % 28) + 1).padStart(2, '0')} 08:00:00`,
          source_domain: 'example.org',
          url: `https://example.org/reports/${index}`,
        }),
      ).join('\n'),
    );
    await scratch.create(name);
    const ingest = startCli('ingest', input, '--db', db, '--batch-size', '20');
    // Mid-run for certain: once a batch is stored, the next waits on a lock until the drop.
    const stored = () => count(db, 'SELECT count(*)::int AS n FROM articles');
    await waitFor(async () => (await stored()) > 0, 120_000, 'the first batch stored', ingest);
    const blocker = new pg.Client(db);
    blocker.on('error', () => {});
    await blocker.connect();
    await blocker.query('BEGIN');
    await blocker.query('LOCK TABLE articles IN EXCLUSIVE MODE');
    expect(ingest.process.exitCode, 'ingest had finished before the lock').toBe(null);
    await scratch.drop(name);
    await blocker.end().catch(() => {});

    expect(await ingest.exit).toBe(3);
    expect(ingest.err).toMatch(
      new RegExp(
        `^newsgraph: cannot use PostgreSQL at [^ ]+:\\d+/${name}: (database "${name}" does not exist\\. Create it|terminating connection due to administrator command\\. Check that the server runs)`,
      ),
    );
    expect(ingest.err).not.toMatch(STACK_FRAME);

    await scratch.create(name);
    const again = await captureCli('ingest', input, '--db', db, '--json');
    expect(JSON.parse(again.out)).toMatchObject({ added: articles, queued: articles });
    expect(await stored()).toBe(articles);
    expect(await count(db, 'SELECT count(*)::int AS n FROM newsgraph_queue.job')).toBe(articles);
    const queued = `SELECT count(DISTINCT data->>'articleId')::int AS n FROM newsgraph_queue.job`;
    expect(await count(db, queued)).toBe(articles);
  }, 300_000);
});

import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { createArticle } from '../document/article.js';
import { PostgresStore } from '../store/postgres/postgres-store.js';
import { describeDb, openAnalysisQueue } from '../system.js';
import { AnalysisQueue } from './analysis-queue.js';

const URL_VARIABLE = 'NEWSGRAPH_TEST_POSTGRES_URL';
const url = process.env[URL_VARIABLE] ?? '';
const requireAll = process.env.NEWSGRAPH_REQUIRE_ALL === '1';
const runServer = url !== '' || requireAll;
if (!runServer) {
  console.warn(
    `skipping the analysis queue tests: set ${URL_VARIABLE} to a database they may create schemas in (postgres://user:password@localhost/newsgraph_test), or NEWSGRAPH_REQUIRE_ALL=1 to fail instead`,
  );
}

const schemas: string[] = [];
const queues: AnalysisQueue[] = [];
const stores: PostgresStore[] = [];
/** A schema no test has used, dropped after the file's tests. */
function freshSchema(suffix: string): string {
  if (!url) throw new Error(`${URL_VARIABLE} is not set: the analysis queue tests need a server`);
  const schema = `newsgraph_test_${process.pid}_${schemas.length}_${suffix}`;
  schemas.push(schema);
  return schema;
}
/** A queue in a schema of its own, closed and dropped after the file's tests. */
async function openQueue(jobTimeoutSeconds?: number): Promise<AnalysisQueue> {
  const schema = freshSchema('queue');
  const queue = await AnalysisQueue.open(url, {
    schema,
    maxConnections: 2,
    ...(jobTimeoutSeconds !== undefined && { jobTimeoutSeconds }),
  });
  queues.push(queue);
  return queue;
}

/** A PostgreSQL store in a schema of its own, closed and dropped after the file's tests. */
function openStore(schema = freshSchema('store')): PostgresStore {
  const store = new PostgresStore(url, { schema, maxConnections: 2 });
  stores.push(store);
  return store;
}
/** Runs SQL on the test database. */
async function sql<Row extends pg.QueryResultRow>(text: string): Promise<Row[]> {
  const client = new pg.Client(url);
  await client.connect();
  try {
    return (await client.query<Row>(text)).rows;
  } finally {
    await client.end();
  }
}
const origin = { location: 'test', reader: 'test@1', contentHash: 'x', retrievedAt: '2024-01-01T00:00:00Z' };
const harbour = createArticle({ title: 'Harbour report', body: ['Ships came in.'] }, origin);
const market = createArticle({ title: 'Market report', body: ['Prices rose.'] }, origin);

afterAll(async () => {
  if (!url) return;
  for (const queue of queues) await queue.close();
  for (const store of stores) await store.close();
  for (const schema of schemas) await sql(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
});

describe.skipIf(!runServer)(`AnalysisQueue on a server (needs ${URL_VARIABLE})`, () => {
  it('gives each queued article to one taker, and none again once completed', async () => {
    const queue = await openQueue();
    expect(await queue.enqueue(['a1', 'b2', 'c3'])).toBe(3);
    const first = await queue.take(2);
    const second = await queue.take(2);
    expect(first).toHaveLength(2);
    expect(second).toHaveLength(1);
    expect([...first, ...second].map((job) => job.articleId).sort()).toEqual(['a1', 'b2', 'c3']);
    expect(await queue.unfinished()).toBe(3);
    await queue.complete([...first, ...second]);
    expect(await queue.unfinished()).toBe(0);
    expect(await queue.take(5)).toEqual([]);
  });

  it('gives a job taken and never finished to another taker after its timeout', async () => {
    const queue = await openQueue(1);
    await queue.enqueue(['lost']);
    const [taken] = await queue.take(1);
    expect(taken?.articleId).toBe('lost');
    expect(await queue.take(1)).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await queue.expireTimedOut();
    // A timed-out job is retried after the queue's retry delay (2 s).
    let retried: Awaited<ReturnType<AnalysisQueue['take']>> = [];
    for (let attempt = 0; attempt < 40 && retried.length === 0; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      retried = await queue.take(1);
    }
    expect(retried.map((job) => job.articleId)).toEqual(['lost']);
    expect(retried[0]?.id).toBe(taken?.id);
  });

  it('takes back a failed job to retry it', async () => {
    const queue = await openQueue();
    await queue.enqueue(['flaky']);
    const jobs = await queue.take(1);
    await queue.fail(jobs, 'connection lost');
    expect(await queue.unfinished()).toBe(1);
  });

  it('does not enqueue anything for no articles', async () => {
    const queue = await openQueue();
    expect(await queue.enqueue([])).toBe(0);
    expect(await queue.waiting()).toBe(0);
  });

  it('stores a batch and queues a job for each article added or updated, none for a duplicate', async () => {
    const [store, queue] = [openStore(), await openQueue()];
    expect(await queue.putAndEnqueue(store, [harbour, market])).toMatchObject({ queued: 2 });
    const again = await queue.putAndEnqueue(store, [harbour]);
    expect(again).toEqual({ outcomes: [{ id: harbour.id, status: 'duplicate' }], queued: 0 });
    const jobs = await queue.take(5);
    expect(jobs.map((job) => job.articleId).sort()).toEqual([harbour.id, market.id].sort());
  });

  it('leaves neither the articles nor their jobs when the transaction fails at its commit', async () => {
    const [store, queue] = [openStore(), await openQueue()];
    // A deferred trigger on the jobs fails the commit itself, once the articles and the jobs are written.
    await sql(`CREATE FUNCTION ${queue.schema}.refuse() RETURNS trigger LANGUAGE plpgsql
      AS $$ BEGIN RAISE EXCEPTION 'the commit failed'; END $$`);
    await sql(`CREATE CONSTRAINT TRIGGER refuse AFTER INSERT ON ${queue.schema}.job
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ${queue.schema}.refuse()`);
    await expect(queue.putAndEnqueue(store, [harbour, market])).rejects.toThrow('the commit failed');
    expect(await store.countArticles()).toBe(0);
    expect(await queue.unfinished()).toBe(0);
  });

  it('stores nothing when the jobs cannot be queued', async () => {
    const [store, queue] = [openStore(), await openQueue()];
    await sql(`DROP TABLE ${queue.schema}.job CASCADE`);
    await expect(queue.putAndEnqueue(store, [harbour])).rejects.toThrow(/job.*does not exist/);
    expect(await store.countArticles()).toBe(0);
  });

  it('fails to take, naming the server and what to do, rather than find no job when its tables are gone', async () => {
    const queue = await openQueue();
    await sql(`DROP SCHEMA ${queue.schema} CASCADE`);
    await expect(queue.take(1)).rejects.toThrow(
      new RegExp(
        `cannot use the analysis queue at .* \\(schema ${queue.schema}\\): relation .* does not exist\\. .*ingest`,
      ),
    );
  });

  it('names the server, without the password, when the password is wrong', async () => {
    const wrong = new URL(url);
    wrong.password = 'not-the-password';
    const opening = openAnalysisQueue(wrong.toString());
    await expect(opening).rejects.toThrow(
      new RegExp(
        `cannot use the analysis queue at .*${wrong.hostname}.*password.*check that the server runs`,
        'i',
      ),
    );
    await expect(opening).rejects.not.toThrow(/not-the-password/);
  });
});

describe('the analysis queue without a server', () => {
  it('names the server and what to do when nothing listens there', async () => {
    const db = 'postgres://newsgraph:secret@127.0.0.1:1/newsgraph';
    const opening = openAnalysisQueue(db);
    await expect(opening).rejects.toThrow(
      `cannot use the analysis queue at ${describeDb(db)} (schema newsgraph_queue): connect ECONNREFUSED 127.0.0.1:1`,
    );
    await expect(opening).rejects.not.toThrow(/secret/);
  });

  it('is not opened for a SQLite file, whose articles ingest analyses itself', async () => {
    expect(await openAnalysisQueue('./newsgraph.db')).toBeUndefined();
  });
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { createArticle } from '../document/article.js';
import { PostgresStore } from '../store/postgres/postgres-store.js';
import { SqliteStore } from '../store/sqlite/sqlite-store.js';
import { eventFixtures, quoteFixtures } from '../store/store.contract.js';
import type { Store } from '../store/store.js';
import { MIGRATED_KINDS, migrateStore, summarizeStore } from './migrate-store.js';

const URL_VARIABLE = 'NEWSGRAPH_TEST_POSTGRES_URL';
const url = process.env[URL_VARIABLE] ?? '';
const requireAll = process.env.NEWSGRAPH_REQUIRE_ALL === '1';
const runServer = url !== '' || requireAll;
if (!runServer) {
  console.warn(
    `skipping the SQLite to PostgreSQL migration tests: set ${URL_VARIABLE} to a database they may create schemas in, or NEWSGRAPH_REQUIRE_ALL=1 to fail instead`,
  );
}

const folder = mkdtempSync(join(tmpdir(), 'newsgraph-migrate-'));
let files = 0;
const freshSqlite = () => new SqliteStore(join(folder, `store-${files++}.db`));
const schemas: string[] = [];
function freshPostgres(): PostgresStore {
  if (!url) throw new Error(`${URL_VARIABLE} is not set: the migration tests to PostgreSQL need a server`);
  const schema = `newsgraph_test_${process.pid}_migrate_${schemas.length}`;
  schemas.push(schema);
  return new PostgresStore(url, { schema, maxConnections: 4 });
}

afterAll(async () => {
  rmSync(folder, { recursive: true, force: true });
  if (!url || schemas.length === 0) return;
  const client = new pg.Client(url);
  await client.connect();
  for (const schema of schemas) await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await client.end();
});

const origin = {
  location: 'test',
  reader: 'test@1',
  contentHash: 'x',
  retrievedAt: '2024-01-01T00:00:00.000Z',
};

/** A store with annotated articles of every layer, an article never analysed, and a feed's state. */
async function filledSqlite(): Promise<SqliteStore> {
  const store = freshSqlite();
  const { israel, russia, undated } = quoteFixtures();
  const events = eventFixtures({ israel: { title: 'Netanyahu and Ivanovsky meet' } });
  const plain = createArticle({ title: 'Harbour report', body: ['Ships came in.'] }, origin);
  await store.putArticles([israel, russia, undated, events.israel, events.russia, plain]);
  const feed = 'https://example.org/feed.xml';
  await store.putFetchState({ url: feed, fetchedAt: '2024-01-01T00:00:00.000Z' }, [
    { id: 'one', articleId: israel.id },
  ]);
  await store.putFetchState({ url: feed, etag: '"v2"', fetchedAt: '2024-01-02T00:00:00.000Z' }, [
    { id: 'two', error: 'no text' },
  ]);
  await store.putFetchState({
    url: 'https://example.org/page',
    fetchedAt: '2024-01-03T00:00:00.000Z',
    error: '404',
  });
  return store;
}

async function expectSameContents(source: Store, target: Store): Promise<void> {
  expect(await target.listArticlesAfter(undefined, 100)).toEqual(
    await source.listArticlesAfter(undefined, 100),
  );
  expect(await target.listFetchStates()).toEqual(await source.listFetchStates());
  expect(await target.listEvents({ limit: 100 })).toEqual(await source.listEvents({ limit: 100 }));
  expect(await target.listQuotes({ limit: 100 })).toEqual(await source.listQuotes({ limit: 100 }));
  expect(await target.listPlaces({ limit: 100 })).toEqual(await source.listPlaces({ limit: 100 }));
  expect(await target.listActors({ limit: 100 })).toEqual(await source.listActors({ limit: 100 }));
}

describe('migrateStore', () => {
  it('copies every article, annotation and fetch state from SQLite to SQLite, and says they match', async () => {
    const source = await filledSqlite();
    const target = freshSqlite();
    const report = await migrateStore(source, target, { batchSize: 4 });
    expect(report.isMatch).toBe(true);
    expect(report.articles).toEqual({ added: 6, updated: 0, duplicate: 0 });
    expect(report.fetchStates).toBe(2);
    expect(report.kinds.map((kind) => kind.kind)).toEqual([...MIGRATED_KINDS]);
    const counts = Object.fromEntries(report.kinds.map((kind) => [kind.kind, kind.target.count]));
    expect(counts).toMatchObject({ articles: 6, 'fetch states': 2, 'feed items': 2 });
    expect(counts.events).toBeGreaterThan(0);
    expect(counts.quotes).toBeGreaterThan(0);
    await expectSameContents(source, target);
    await Promise.all([source.close(), target.close()]);
  });

  it('refuses a target that already holds articles unless told to copy into it', async () => {
    const source = await filledSqlite();
    const target = freshSqlite();
    await target.putArticles([createArticle({ title: 'Already here', body: ['Yes.'] }, origin)]);
    await expect(migrateStore(source, target)).rejects.toThrow(/already holds 1 articles.*--into-nonempty/);
    expect(await target.countArticles()).toBe(1);
    const report = await migrateStore(source, target, { intoNonempty: true });
    expect(report.articles.added).toBe(6);
    expect(report.isMatch).toBe(false);
    expect(report.kinds.find((kind) => kind.kind === 'articles')?.target.count).toBe(7);
    await Promise.all([source.close(), target.close()]);
  });

  it('gives two stores with different annotations different checksums', async () => {
    const first = freshSqlite();
    const second = freshSqlite();
    const { israel } = quoteFixtures();
    await first.putArticles([israel]);
    await second.putArticles([{ ...israel, quotes: israel.quotes?.slice(1) }]);
    const [a, b] = await Promise.all([summarizeStore(first), summarizeStore(second)]);
    const differing = a
      .filter((summary, index) => summary.checksum !== b[index]?.checksum)
      .map((s) => s.kind);
    expect(differing).toEqual(['articles', 'quotes']);
    await Promise.all([first.close(), second.close()]);
  });
});

describe.skipIf(!runServer)(`migrateStore from SQLite to PostgreSQL (needs ${URL_VARIABLE})`, () => {
  it('copies every article, annotation and fetch state, and says they match', async () => {
    const source = await filledSqlite();
    const target = freshPostgres();
    const report = await migrateStore(source, target, { batchSize: 4 });
    expect(report.kinds.filter((kind) => !kind.isMatch)).toEqual([]);
    expect(report.isMatch).toBe(true);
    expect(report.articles).toEqual({ added: 6, updated: 0, duplicate: 0 });
    await expectSameContents(source, target);
    await Promise.all([source.close(), target.close()]);
  });

  it('copies back from PostgreSQL to SQLite with the same checksums', async () => {
    const source = await filledSqlite();
    const middle = freshPostgres();
    await migrateStore(source, middle);
    const target = freshSqlite();
    const report = await migrateStore(middle, target);
    expect(report.isMatch).toBe(true);
    expect(await summarizeStore(target)).toEqual(await summarizeStore(source));
    await Promise.all([source.close(), middle.close(), target.close()]);
  });
});

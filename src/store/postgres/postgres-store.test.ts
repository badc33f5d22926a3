import { execFileSync } from 'node:child_process';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { createArticle } from '../../document/article.js';
import { describeDb, openStore as openStoreOf } from '../../system.js';
import { describeStoreContract, eventFixtures, quoteFixtures } from '../store.contract.js';
import { addAggregateTables } from './aggregate-schema.js';
import { MIGRATIONS } from './migrations.js';
import { PostgresStore } from './postgres-store.js';

const URL_VARIABLE = 'NEWSGRAPH_TEST_POSTGRES_URL';
const url = process.env[URL_VARIABLE] ?? '';
const requireAll = process.env.NEWSGRAPH_REQUIRE_ALL === '1';
const runServer = url !== '' || requireAll;
if (!runServer) {
  console.warn(
    `skipping the PostgreSQL store tests: set ${URL_VARIABLE} to a database they may create schemas in (postgres://user:password@localhost/newsgraph_test), or NEWSGRAPH_REQUIRE_ALL=1 to fail instead`,
  );
}

const origin = { location: 'test', reader: 'test@1', contentHash: 'x', retrievedAt: '2024-01-01T00:00:00Z' };
const schemas: string[] = [];
/** A schema no test has used, dropped after the file's tests. */
function freshSchema(): string {
  const schema = `newsgraph_test_${process.pid}_${schemas.length}`;
  schemas.push(schema);
  return schema;
}
function openStore(options: ConstructorParameters<typeof PostgresStore>[1] = {}): PostgresStore {
  if (!url) throw new Error(`${URL_VARIABLE} is not set: the PostgreSQL store tests need a server`);
  return new PostgresStore(url, { schema: freshSchema(), maxConnections: 4, ...options });
}
/** Runs SQL on the test database, in `schema` when given. */
async function sql<Row extends pg.QueryResultRow>(text: string, schema?: string): Promise<Row[]> {
  const client = new pg.Client({
    connectionString: url,
    ...(schema && { options: `-c search_path=${schema}` }),
  });
  await client.connect();
  try {
    return (await client.query<Row>(text)).rows;
  } finally {
    await client.end();
  }
}

afterAll(async () => {
  if (!url) return;
  // One schema per transaction: dropping them all at once takes more locks than the server has.
  for (const schema of schemas) await sql(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
});

describe.skipIf(!runServer)(`PostgresStore on a server (needs ${URL_VARIABLE})`, () => {
  describeStoreContract('PostgresStore', async () => openStore());

  it('records its schema version and does not migrate an up-to-date schema again', async () => {
    const schema = freshSchema();
    await new PostgresStore(url, { schema }).countArticles();
    const store = new PostgresStore(url, { schema });
    expect(await store.countArticles()).toBe(0);
    await store.close();
    const versions = await sql<{ version: number }>(
      'SELECT version FROM schema_version ORDER BY version',
      schema,
    );
    expect(versions.map((row) => row.version)).toEqual(MIGRATIONS.map((_, index) => index + 1));
  });

  it('migrates a new schema once when two stores open it at the same time', async () => {
    const schema = freshSchema();
    const stores = [1, 2, 3].map(() => new PostgresStore(url, { schema, maxConnections: 2 }));
    expect(await Promise.all(stores.map((store) => store.countArticles()))).toEqual([0, 0, 0]);
    await Promise.all(stores.map((store) => store.close()));
    const [row] = await sql<{ count: number }>('SELECT count(*)::int AS count FROM schema_version', schema);
    expect(row?.count).toBe(MIGRATIONS.length);
  });

  it('refuses a schema written by a newer newsgraph', async () => {
    const schema = freshSchema();
    const store = new PostgresStore(url, { schema });
    await store.countArticles();
    await store.close();
    await sql(`INSERT INTO schema_version (version) VALUES (${MIGRATIONS.length + 1})`, schema);
    const newer = new PostgresStore(url, { schema });
    await expect(newer.countArticles()).rejects.toThrow(/newer than this newsgraph knows/);
    await newer.close();
  });

  it('creates nothing in a database without a schema when it must exist', async () => {
    const schema = freshSchema();
    const store = new PostgresStore(url, { schema, mustExist: true });
    await expect(store.countArticles()).rejects.toThrow(/no newsgraph database in .*ingest articles first/);
    await store.close();
    const found = await sql(`SELECT 1 FROM pg_namespace WHERE nspname = '${schema}'`);
    expect(found).toEqual([]);
  });

  it('finds the articles stored before search had a table of its own', async () => {
    const schema = freshSchema();
    const client = new pg.Client({ connectionString: url, options: `-c search_path=${schema}` });
    await client.connect();
    await client.query(`CREATE SCHEMA ${schema}`);
    await client.query('BEGIN');
    const [text, tables] = MIGRATIONS;
    if (typeof text !== 'function' || typeof tables !== 'string') throw new Error('the first steps changed');
    await text(client as unknown as pg.PoolClient);
    await client.query(tables);
    await client.query('CREATE TABLE schema_version (version integer PRIMARY KEY, applied_at timestamptz)');
    await client.query('INSERT INTO schema_version (version) VALUES (1), (2)');
    await client.query(
      `INSERT INTO articles (id, published_month, key, published_at, source, title, url, image, language,
         authors, origin, diagnostics, lede, body)
       VALUES ('0123456789abcdef', '2018-06-01', 'record:x', '2018-06-17', 'Harbor Gazette',
         'Ceasefire talks resume', '', '', 'en', '[]', '{}', '[]', 'Delegates met in Zürich.', 'They talked.')`,
    );
    await client.query('COMMIT');
    await client.end();
    const store = new PostgresStore(url, { schema });
    const { hits, total } = await store.search({ text: 'zurich ceasefire' });
    expect(total).toBe(1);
    expect(hits[0]?.article.title).toBe('Ceasefire talks resume');
    await store.close();
  });

  it('folds the events and assigns the stories of a database made before aggregate events', async () => {
    const schema = freshSchema();
    const { israel } = eventFixtures();
    const copy = eventFixtures({ israel: { source: 'Meridian Wire' } }).israel;
    const before = openStore({ schema });
    await before.putArticles([israel, copy]);
    await before.close();
    // Back to the schema before the step: its tables and columns gone, and the later steps' indexes,
    // its version and the later ones unrecorded.
    await sql(
      `DROP TABLE aggregate_events, story_features, story_articles;
       DROP INDEX events_fold_key, article_search_source, article_search_published_at;
       ALTER TABLE events DROP COLUMN source_name, DROP COLUMN target_name, DROP COLUMN tone, DROP COLUMN fold_key;
       DELETE FROM schema_version WHERE version > ${MIGRATIONS.indexOf(addAggregateTables)}`,
      schema,
    );
    const store = openStore({ schema });
    const { events } = await store.listAggregateEvents({});
    expect(events.map((event) => [event.code, event.numMentions, event.numSources]).sort()).toEqual([
      ['020', 2, 2],
      ['040', 2, 2],
      ['106', 2, 2],
    ]);
    expect((await store.listStories({})).stories.map((story) => story.articles)).toEqual([2]);
    await store.close();
  });

  it('ranks only the most recently stored matches beyond its limit, and still counts them all', async () => {
    const store = openStore({ rankedMatches: 3 });
    const articles = ['first', 'second', 'third', 'fourth', 'fifth'].map((word) =>
      createArticle({ title: `Harbour report ${word}`, body: [`The ${word} harbour report.`] }, origin),
    );
    await store.putArticles(articles);
    const result = await store.search({ text: 'harbour' });
    expect(result.total).toBe(5);
    expect(result.ranked).toBe(3);
    expect(result.hits.map((hit) => hit.article.title).sort()).toEqual([
      'Harbour report fifth',
      'Harbour report fourth',
      'Harbour report third',
    ]);
    await store.close();
  });

  it('keeps an article and the rows of its layers in the partition of its publication month', async () => {
    const store = openStore();
    await store.countArticles();
    const schema = schemas.at(-1);
    await sql(
      ['articles', 'article_search', 'events', 'actors', 'quotes', 'places']
        .map(
          (table) =>
            `CREATE TABLE ${table}_2018_06 PARTITION OF ${table} FOR VALUES FROM ('2018-06-01') TO ('2018-07-01');`,
        )
        .join('\n'),
      schema,
    );
    const { israel, russia } = quoteFixtures();
    await store.putArticles([israel, russia]);
    const counts = await sql<{ articles: number; quotes: number; places: number }>(
      `SELECT (SELECT count(*)::int FROM articles_2018_06) AS articles,
         (SELECT count(*)::int FROM quotes_2018_06) AS quotes, (SELECT count(*)::int FROM places_2018_06) AS places`,
      schema,
    );
    expect(counts[0]).toEqual({ articles: 1, quotes: israel.quotes?.length, places: israel.places?.length });
    expect((await store.listQuotes({})).total).toBe(
      (israel.quotes?.length ?? 0) + (russia.quotes?.length ?? 0),
    );
    await store.close();
  });

  it('compresses bodies and annotations with lz4 where the server has it, in later partitions too', async () => {
    const store = openStore();
    await store.countArticles();
    const schema = schemas.at(-1);
    await sql(
      `CREATE TABLE articles_2018_06 PARTITION OF articles FOR VALUES FROM ('2018-06-01') TO ('2018-07-01')`,
      schema,
    );
    const [server] = await sql<{ lz4: boolean }>(
      `SELECT 'lz4' = ANY(enumvals) AS lz4 FROM pg_settings WHERE name = 'default_toast_compression'`,
    );
    const methods = await sql<{ table: string; column: string; method: string }>(
      `SELECT c.relname AS table, a.attname AS column, a.attcompression AS method
       FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = current_schema() AND a.attname IN ('body', 'annotations', 'record')
         AND c.relname IN ('articles', 'articles_default', 'articles_2018_06', 'aggregate_events')
       ORDER BY 1, 2`,
      schema,
    );
    // 'l' is lz4; '' is the server's default (pglz unless configured otherwise).
    const expected = server?.lz4 ? 'l' : '';
    expect(methods).toEqual(
      [
        ['aggregate_events', 'record'],
        ['articles', 'annotations'],
        ['articles', 'body'],
        ['articles_2018_06', 'annotations'],
        ['articles_2018_06', 'body'],
        ['articles_default', 'annotations'],
        ['articles_default', 'body'],
      ].map(([table, column]) => ({ table, column, method: expected })),
    );
    const { israel } = quoteFixtures();
    await store.putArticles([{ ...israel, publishedAt: '2018-06-17T10:00:00Z' }]);
    expect((await store.getArticle(israel.id))?.text).toBe(israel.text);
    await store.close();
  });

  it('keeps one copy of an article that two stores put at the same time', async () => {
    const first = openStore();
    const schema = schemas.at(-1);
    const second = new PostgresStore(url, { schema });
    const { israel, russia } = eventFixtures();
    const outcomes = await Promise.all([
      first.putArticles([israel, russia]),
      second.putArticles([russia, israel]),
    ]);
    const statuses = outcomes.flat().map((outcome) => outcome.status);
    expect(statuses.sort()).toEqual(['added', 'added', 'duplicate', 'duplicate']);
    expect(await first.countArticles()).toBe(2);
    expect((await first.listEvents({})).total).toBe(
      (israel.events?.length ?? 0) + (russia.events?.length ?? 0),
    );
    await Promise.all([first.close(), second.close()]);
  });

  it('never brings back an old version whose analysis is written while its new version is stored', async () => {
    const first = openStore();
    const second = new PostgresStore(url, { schema: schemas.at(-1) });
    const rounds = Array.from({ length: 20 }, (_, index) => {
      const url = `https://example.org/talks-${index}`;
      const old = eventFixtures({ israel: { url, title: `Talks, day ${index}` } }).israel;
      const current = eventFixtures({ israel: { url, title: `Talks, day ${index}, corrected` } }).israel;
      const { sentences: _sentences, actors: _actors, events: _events, stages: _stages, ...plain } = old;
      return { old, current, plain };
    });
    await first.putArticles(rounds.map(({ plain }) => plain));
    // A worker writes each old version's analysis as ingest stores its new version, from another store.
    const [annotated] = await Promise.all([
      Promise.all(rounds.map(({ old }) => first.putAnnotations([old]))),
      Promise.all(rounds.map(({ current }) => second.putArticles([current]))),
    ]);
    expect(annotated.flat().every((outcome) => ['annotated', 'missing'].includes(outcome.status))).toBe(true);
    expect(await first.countArticles()).toBe(rounds.length);
    for (const { old, current } of rounds) {
      expect(await first.getArticle(old.id)).toBeUndefined();
      expect((await first.getArticle(current.id))?.events).toEqual(current.events);
    }
    const { events, total } = await first.listEvents({ limit: 1000 });
    expect(total).toBe(rounds.length * (rounds[0]?.current.events?.length ?? 0));
    expect(new Set(events.map((stored) => stored.article.id))).toEqual(
      new Set(rounds.map(({ current }) => current.id)),
    );
    await Promise.all([first.close(), second.close()]);
  });

  it('reads again when the server ended its connection since the last read', async () => {
    const name = `newsgraph_test_${process.pid}_terminated`;
    const store = new PostgresStore(`${url}${url.includes('?') ? '&' : '?'}application_name=${name}`, {
      schema: freshSchema(),
    });
    await store.putArticles([createArticle({ title: 'Harbour report', body: ['Ships came in.'] }, origin)]);
    expect(await store.countArticles()).toBe(1);
    // Synchronously, so that the store cannot see its connections close before its next read.
    execFileSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import pg from 'pg';
         const client = new pg.Client(process.env.URL);
         await client.connect();
         await client.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1', [process.env.NAME]);
         await client.end();`,
      ],
      { cwd: import.meta.dirname, env: { ...process.env, URL: url, NAME: name } },
    );
    expect(await store.countArticles()).toBe(1);
    await store.close();
  });

  it('names the server and what to do when the password is wrong', async () => {
    const wrong = new URL(url);
    wrong.password = 'not-the-password';
    const store = new PostgresStore(wrong.toString(), { schema: freshSchema() });
    await expect(store.countArticles()).rejects.toThrow(
      new RegExp(`cannot use PostgreSQL at ${wrong.hostname}:.*check that the server runs`, 'i'),
    );
    await store.close();
  });
});

describe('PostgresStore without a server', () => {
  it('is what openStore opens for a postgres:// or postgresql:// URL, named without its password', async () => {
    for (const db of ['postgres://me:secret@127.0.0.1:1/news', 'postgresql://me:secret@127.0.0.1:1/news']) {
      const store = openStoreOf(db);
      expect(store).toBeInstanceOf(PostgresStore);
      await store.close();
      expect(describeDb(db)).not.toContain('secret');
      expect(describeDb(db)).toContain('me:***@127.0.0.1:1/news');
    }
    expect(describeDb('./newsgraph.db')).toBe('./newsgraph.db');
  });

  it('names the server and what to do when nothing listens there', async () => {
    const store = new PostgresStore('postgres://newsgraph:secret@127.0.0.1:1/newsgraph');
    const failure = store.countArticles();
    await expect(failure).rejects.toThrow(
      /cannot use PostgreSQL at 127\.0\.0\.1:1\/newsgraph: .*server runs/,
    );
    await expect(failure).rejects.not.toThrow(/secret/);
    await store.close();
  });
});

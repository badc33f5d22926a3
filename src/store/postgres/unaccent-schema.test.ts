import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { createArticle } from '../../document/article.js';
import { PostgresStore } from './postgres-store.js';
import { EXTENSIONS_SCHEMA } from './unaccent-schema.js';

const URL_VARIABLE = 'NEWSGRAPH_TEST_POSTGRES_URL';
const url = process.env[URL_VARIABLE] ?? '';
const requireAll = process.env.NEWSGRAPH_REQUIRE_ALL === '1';

/** What the test lacks: a server whose user may create a database without the extension. */
async function whatIsMissing(): Promise<string> {
  if (!url) return `set ${URL_VARIABLE} to a database of a server where its user may create databases`;
  const client = new pg.Client(url);
  try {
    await client.connect();
    const { rows } = await client.query<{ may: boolean; unaccent: boolean }>(
      `SELECT rolcreatedb OR rolsuper AS may,
         EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'unaccent') AS unaccent
       FROM pg_roles WHERE rolname = current_user`,
    );
    if (!rows[0]?.may) return `the user of ${URL_VARIABLE} may not create databases: give it CREATEDB`;
    if (!rows[0]?.unaccent) return 'the server lacks the unaccent extension (PostgreSQL contrib)';
    return '';
  } catch (error) {
    return `cannot connect to the server of ${URL_VARIABLE}: ${(error as Error).message}`;
  } finally {
    await client.end().catch(() => {});
  }
}
const missing = await whatIsMissing();
if (missing && !requireAll) console.warn(`skipping the unaccent schema test: ${missing}`);

const name = `newsgraph_test_${process.pid}_unaccent`;
const scratch = new URL(url || 'postgres://localhost/x');
scratch.pathname = `/${name}`;
const origin = { location: 'test', reader: 'test@1', contentHash: 'x', retrievedAt: '2024-01-01T00:00:00Z' };

async function run(db: string, text: string): Promise<pg.QueryResultRow[]> {
  const client = new pg.Client(db);
  await client.connect();
  try {
    return (await client.query(text)).rows;
  } finally {
    await client.end();
  }
}

afterAll(async () => {
  if (!missing) await run(url, `DROP DATABASE IF EXISTS ${name}`);
});

describe.skipIf(missing !== '' && !requireAll)(`the unaccent extension (needs ${URL_VARIABLE})`, () => {
  it('lives in a schema of its own, so that dropping the first store leaves the others searching without accents', async () => {
    await run(url, `CREATE DATABASE ${name}`);
    const db = scratch.toString();
    const first = new PostgresStore(db, { schema: 'first_store' });
    await first.countArticles();
    await first.close();
    const second = new PostgresStore(db, { schema: 'second_store' });
    await second.putArticles([
      createArticle({ title: 'Ceasefire talks resume', body: ['Delegates met in Zürich.'] }, origin),
    ]);
    const [where] = await run(
      db,
      `SELECT n.nspname AS schema FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
       WHERE e.extname = 'unaccent'`,
    );
    expect(where?.schema).toBe(EXTENSIONS_SCHEMA);
    await run(db, 'DROP SCHEMA first_store CASCADE');
    const { total } = await second.search({ text: 'zurich ceasefire' });
    expect(total).toBe(1);
    await second.close();
  });
});

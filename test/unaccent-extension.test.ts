import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createArticle } from '../src/document/article.js';
import { PostgresStore } from '../src/store/postgres/postgres-store.js';
import { EXTENSIONS_SCHEMA, unaccentSchema } from '../src/store/postgres/unaccent-schema.js';
import { requireAll, ScratchDatabases, URL_VARIABLE } from './scratch-databases.js';

const scratch = new ScratchDatabases();
const missing = await scratch.whatIsMissing();
const runServer = missing === '' || requireAll;
if (!runServer) {
  console.warn(
    `skipping the unaccent extension test: ${missing}; or set NEWSGRAPH_REQUIRE_ALL=1 to fail instead`,
  );
}
const origin = { location: 'test', reader: 'test@1', contentHash: 'x', retrievedAt: '2024-01-01T00:00:00Z' };

/** Runs SQL on the database `db`. */
async function sql(db: string, text: string): Promise<pg.QueryResultRow[]> {
  const client = new pg.Client(db);
  await client.connect();
  try {
    return (await client.query(text)).rows;
  } finally {
    await client.end();
  }
}

describe.skipIf(!runServer)(`the unaccent extension (needs ${URL_VARIABLE} and CREATEDB)`, () => {
  beforeAll(() => {
    if (missing) throw new Error(`the unaccent extension test cannot run: ${missing}`);
  });

  afterAll(() => scratch.dropAll());

  it('is created in a schema of its own, so that dropping the first store leaves the others searching without accents', async () => {
    // A database of its own, which has no unaccent yet (it is made from template1).
    const { name, db } = scratch.name('unaccent');
    await scratch.create(name);
    const first = new PostgresStore(db, { schema: 'first_store' });
    await first.countArticles();
    await first.close();
    const second = new PostgresStore(db, { schema: 'second_store' });
    await second.putArticles([
      createArticle({ title: 'Ceasefire talks resume', body: ['Delegates met in Zürich.'] }, origin),
    ]);
    const client = new pg.Client(db);
    await client.connect();
    const where = await unaccentSchema(client);
    await client.end();
    expect(where).toBe(EXTENSIONS_SCHEMA);
    await sql(db, 'DROP SCHEMA first_store CASCADE');
    const { total } = await second.search({ text: 'zurich ceasefire' });
    expect(total).toBe(1);
    await second.close();
  });
});

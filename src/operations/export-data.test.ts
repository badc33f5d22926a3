import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import type { ExportChunks } from '../export/write-chunks.js';
import { PostgresStore } from '../store/postgres/postgres-store.js';
import { SqliteStore } from '../store/sqlite/sqlite-store.js';
import { eventFixtures, quoteFixtures } from '../store/store.contract.js';
import type { Store } from '../store/store.js';
import { EXPORT_FORMATS, exportData } from './export-data.js';

const url = process.env.NEWSGRAPH_TEST_POSTGRES_URL ?? '';
const schema = `newsgraph_test_export_${process.pid}`;

afterAll(async () => {
  if (!url) return;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  } finally {
    await client.end();
  }
});

const { israel, russia } = eventFixtures();
const { israel: quoted } = quoteFixtures();
const articles = [israel, russia, quoted];

async function textOf(chunks: ExportChunks): Promise<string> {
  const utf8 = new TextDecoder();
  let text = '';
  for await (const chunk of chunks)
    text += typeof chunk === 'string' ? chunk : utf8.decode(chunk, { stream: true });
  return text;
}

async function exportAll(store: Store): Promise<Record<string, string>> {
  await store.putArticles(articles);
  const texts: Record<string, string> = {};
  try {
    for (const format of EXPORT_FORMATS) {
      texts[format] = await textOf(exportData(store, { format, filters: {}, table: 'events' }));
    }
  } finally {
    await store.close();
  }
  return texts;
}

describe('exportData', () => {
  it.skipIf(!url)(
    'exports the same from SQLite and from PostgreSQL (needs NEWSGRAPH_TEST_POSTGRES_URL)',
    async () => {
      const fromSqlite = await exportAll(new SqliteStore(':memory:'));
      const fromPostgres = await exportAll(new PostgresStore(url, { schema, maxConnections: 2 }));
      for (const format of EXPORT_FORMATS.filter((name) => name !== 'jsonl' && name !== 'gdelt')) {
        expect([format, fromPostgres[format]]).toEqual([format, fromSqlite[format]]);
      }
      // An aggregate event's id and the time it last changed are each store's own, and events of
      // the same dates follow their ids: the rows are compared without those columns, in one order.
      const rows = (text = '') =>
        text
          .split('\n')
          .filter(Boolean)
          .map((line) => line.split('\t').filter((_, column) => column !== 0 && column !== 59))
          .sort((a, b) => (a.join('\t') < b.join('\t') ? -1 : 1));
      expect(rows(fromPostgres.gdelt)).toEqual(rows(fromSqlite.gdelt));
      expect(rows(fromSqlite.gdelt)).toHaveLength(6);
      // PostgreSQL keeps annotations as jsonb, which orders an object's keys its own way: the same
      // JSON, not the same bytes.
      const lines = (text = '') =>
        text
          .split('\n')
          .filter(Boolean)
          .map((line) => JSON.parse(line));
      expect(lines(fromPostgres.jsonl)).toEqual(lines(fromSqlite.jsonl));
      expect(lines(fromSqlite.jsonl)).toHaveLength(articles.length);
    },
  );

  it.skipIf(!url)(
    'keeps the same articles for each filter in SQLite and in PostgreSQL (needs NEWSGRAPH_TEST_POSTGRES_URL)',
    async () => {
      const filters = [
        { source: 'MERIDIAN wire' },
        { from: '2018-07-01' },
        { to: '2018-06-30' },
        { actor: 'RUS' },
      ];
      const idsPerFilter = async (store: Store) => {
        await store.putArticles(articles);
        try {
          const ids: string[][] = [];
          for (const filter of filters) {
            const text = await textOf(exportData(store, { format: 'jsonl', filters: filter }));
            ids.push(
              text
                .split('\n')
                .filter(Boolean)
                .map((line) => JSON.parse(line).id),
            );
          }
          return ids;
        } finally {
          await store.close();
        }
      };
      const fromSqlite = await idsPerFilter(new SqliteStore(':memory:'));
      expect(fromSqlite).toEqual([
        [russia.id],
        [russia.id],
        [israel.id, quoted.id],
        [israel.id, russia.id, quoted.id],
      ]);
      expect(await idsPerFilter(new PostgresStore(url, { schema, maxConnections: 2 }))).toEqual(fromSqlite);
    },
  );

  it('reads every page of a store larger than one page', async () => {
    const store = new SqliteStore(':memory:');
    const many = Array.from({ length: 250 }, (_, index) => ({
      ...israel,
      id: `${index.toString(16).padStart(16, '0')}`,
      key: `k${index}`,
    }));
    await store.putArticles(many);
    const text = await textOf(exportData(store, { format: 'jsonl', filters: {} }));
    await store.close();
    expect(text.split('\n')).toHaveLength(250 + 1);
  });
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MigrationReport } from '../../operations/migrate-store.js';
import { eventFixtures, quoteFixtures } from '../../store/store.contract.js';
import { openStore } from '../../system.js';
import { captureCli } from '../capture-cli.js';

const URL_VARIABLE = 'NEWSGRAPH_TEST_POSTGRES_URL';
const url = process.env[URL_VARIABLE] ?? '';
const runServer = url !== '' || process.env.NEWSGRAPH_REQUIRE_ALL === '1';
if (!runServer) {
  console.warn(
    `skipping newsgraph migrate to PostgreSQL: set ${URL_VARIABLE}, or NEWSGRAPH_REQUIRE_ALL=1 to fail instead`,
  );
}

const folder = mkdtempSync(join(tmpdir(), 'newsgraph-migrate-cli-'));
const source = join(folder, 'news.db');
let files = 0;
const freshPath = () => join(folder, `target-${files++}.db`);
const schema = `newsgraph_test_${process.pid}_migrate_cli`;

beforeAll(async () => {
  const { israel, russia, undated } = quoteFixtures();
  const store = openStore(source);
  await store.putArticles([
    israel,
    russia,
    undated,
    eventFixtures({ israel: { title: 'Leaders meet' } }).israel,
  ]);
  await store.putFetchState({ url: 'https://example.org/feed.xml', fetchedAt: '2024-01-01T00:00:00.000Z' }, [
    { id: 'one', articleId: israel.id },
  ]);
  await store.close();
});
afterAll(async () => {
  rmSync(folder, { recursive: true, force: true });
  if (!url) return;
  const client = new pg.Client(url);
  await client.connect();
  await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await client.end();
});

describe('newsgraph migrate', () => {
  it('copies a SQLite file into another, prints counts and checksums per kind, and exits 0', async () => {
    const target = freshPath();
    const result = await captureCli(
      'migrate',
      '--from',
      `sqlite:${source}`,
      '--to',
      target,
      '--batch-size',
      '2',
    );
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    expect(result.lines[2]).toBe('articles: 4 added, 0 updated, 0 already there; 1 fetch states');
    expect(result.lines[3]?.split(/\s{2,}/)).toEqual([
      'KIND',
      'SOURCE',
      'TARGET',
      'SOURCE SHA-256',
      'TARGET SHA-256',
      'MATCH',
    ]);
    const rows = result.lines.slice(4, 11).map((line) => line.trim().split(/\s{2,}/));
    expect(rows.map((row) => row[0])).toEqual([
      'articles',
      'events',
      'actors',
      'quotes',
      'places',
      'fetch states',
      'feed items',
    ]);
    for (const [, sourceCount, targetCount, sourceSum, targetSum, match] of rows) {
      expect([targetCount, targetSum, match]).toEqual([sourceCount, sourceSum, 'yes']);
    }
    expect(rows[0]?.[1]).toBe('4');
    expect(result.lines.at(-1)).toBe('the target holds everything the source holds');
  });

  it('prints the report as JSON', async () => {
    const result = await captureCli('migrate', '--from', source, '--to', freshPath(), '--json');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.out) as MigrationReport & { from: string };
    expect(report.from).toBe(source);
    expect(report.isMatch).toBe(true);
    expect(report.kinds.find((kind) => kind.kind === 'feed items')?.target.count).toBe(1);
  });

  it('refuses a target that holds articles, and counts them as already there when told to copy anyway', async () => {
    const target = freshPath();
    expect((await captureCli('migrate', '--from', source, '--to', target)).code).toBe(0);
    const refused = await captureCli('migrate', '--from', source, '--to', target);
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/already holds 4 articles.*--into-nonempty/);
    const again = await captureCli('migrate', '--from', source, '--to', target, '--into-nonempty');
    expect(again.code).toBe(0);
    expect(again.lines[2]).toBe('articles: 0 added, 0 updated, 4 already there; 1 fetch states');
  });

  it('exits 1 when the target ends up holding more than the source', async () => {
    const target = freshPath();
    const store = openStore(target);
    await store.putArticles([eventFixtures().russia]);
    await store.close();
    const result = await captureCli('migrate', '--from', source, '--to', target, '--into-nonempty');
    expect(result.code).toBe(1);
    expect(result.lines.find((line) => line.startsWith('articles '))?.split(/\s{2,}/)).toEqual([
      'articles',
      '4',
      '5',
      expect.any(String),
      expect.any(String),
      'NO',
    ]);
    expect(result.lines.at(-1)).toBe('the stores differ: see the kinds marked NO');
  });

  it('refuses a source that does not exist and the same database twice', async () => {
    const missing = await captureCli('migrate', '--from', join(folder, 'none.db'), '--to', freshPath());
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/no database at/);
    const same = await captureCli('migrate', '--from', source, '--to', `sqlite:${source}`);
    expect(same.code).toBe(2);
    expect(same.err).toMatch(/same database/);
  });

  it.skipIf(!runServer)(
    `copies into PostgreSQL and prints its URL without the password (needs ${URL_VARIABLE})`,
    async () => {
      const client = new pg.Client(url);
      await client.connect();
      await client.query(`CREATE SCHEMA ${schema}`);
      await client.end();
      const target = new URL(url);
      target.searchParams.set('options', `-c search_path=${schema}`);
      const result = await captureCli('migrate', '--from', source, '--to', target.toString());
      expect(result.err).toBe('');
      expect(result.code).toBe(0);
      if (target.password) expect(result.out).not.toContain(`:${target.password}@`);
      expect(result.lines[1]).toMatch(/^to {3}postgres(ql)?:\/\/.*\*\*\*@/);
      expect(result.lines.at(-1)).toBe('the target holds everything the source holds');
    },
  );
});

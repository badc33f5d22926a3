import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventFixtures } from '../../store/store.contract.js';
import type { ActorSummary } from '../../store/store.js';
import { openStore } from '../../system.js';
import { captureCli } from '../capture-cli.js';

const folder = mkdtempSync(join(tmpdir(), 'newsgraph-actors-'));
const db = join(folder, 'news.db');

beforeAll(async () => {
  const { israel, russia } = eventFixtures();
  const store = openStore(db);
  await store.putArticles([israel, russia]);
  await store.close();
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const run = captureCli;

async function json(...args: string[]): Promise<{ total: number; actors: ActorSummary[] }> {
  const result = await run('actors', '--db', db, '--json', ...args);
  expect(result.code).toBe(0);
  return JSON.parse(result.out);
}

describe('newsgraph actors', () => {
  it('prints a table of actors with their counts and names, then the count', async () => {
    const result = await run('actors', '--db', db);
    expect(result.code).toBe(0);
    const [header, ...rows] = result.lines;
    expect(header?.split(/\s{2,}/)).toEqual([
      'CODE',
      'COUNTRY',
      'ARTICLES',
      'MENTIONS',
      'AS SOURCE',
      'AS TARGET',
      'NAMES',
    ]);
    const { actors } = await json();
    const israeli = actors.find((actor) => actor.code === 'ISRGOV');
    expect(rows.find((row) => row.startsWith('ISRGOV'))?.split(/\s+/)).toEqual([
      'ISRGOV',
      'ISR',
      String(israeli?.articles),
      String(israeli?.mentions),
      String(israeli?.eventsAsSource),
      String(israeli?.eventsAsTarget),
      'Netanyahu',
    ]);
    expect(
      rows
        .find((row) => row.includes('Levi'))
        ?.split(/\s+/)
        .slice(0, 2),
    ).toEqual(['-', '-']);
    expect(result.lines.at(-1)).toBe(`1-${actors.length} of ${actors.length}`);
  });

  it('filters by country and by words of a name with --json', async () => {
    expect((await json('--country', 'rus')).actors.map((actor) => actor.code).sort()).toEqual([
      'RUSGOV',
      'RUSMIL',
    ]);
    const levi = await json('--name', 'LEVI');
    expect(levi.total).toBe(1);
    expect(levi.actors[0]?.names.sort()).toEqual(['Dana Levi', 'Dána Levi']);
  });

  it('pages with --limit and --offset', async () => {
    const all = await json();
    const page = await json('--limit', '2', '--offset', '1');
    expect(page.total).toBe(all.total);
    expect(page.actors).toEqual(all.actors.slice(1, 3));
  });

  it('exits 2 for a country that is not an ISO-3 code, naming the option', async () => {
    const result = await run('actors', '--db', db, '--country', 'Russia');
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/actors country: .*"Russia"/);
  });
});

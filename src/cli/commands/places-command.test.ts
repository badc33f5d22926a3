import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { quoteFixtures } from '../../store/store.contract.js';
import type { PlaceSummary } from '../../store/store.js';
import { openStore } from '../../system.js';
import { captureCli } from '../capture-cli.js';

const folder = mkdtempSync(join(tmpdir(), 'newsgraph-places-'));
const db = join(folder, 'news.db');

beforeAll(async () => {
  const { israel, russia, undated } = quoteFixtures();
  const store = openStore(db);
  await store.putArticles([israel, russia, undated]);
  await store.close();
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const run = captureCli;

async function json(...args: string[]): Promise<{ total: number; places: PlaceSummary[] }> {
  const result = await run('places', '--db', db, '--json', ...args);
  expect(result.code).toBe(0);
  return JSON.parse(result.out);
}

describe('newsgraph places', () => {
  it('prints a table of places with their coordinates and counts, then the count', async () => {
    const result = await run('places', '--db', db);
    expect(result.code).toBe(0);
    const [header, ...rows] = result.lines;
    expect(header?.split(/\s{2,}/)).toEqual([
      'NAME',
      'COUNTRY',
      'CLASS',
      'LAT',
      'LON',
      'ARTICLES',
      'MENTIONS',
      'GEONAMES',
    ]);
    expect(rows[0]?.split(/\s+/)).toEqual(['Syria', 'SYR', 'A', '35.0000', '38.0000', '2', '4', '163843']);
    expect(rows.find((row) => row.startsWith('Daraa'))?.split(/\s+/)).toEqual([
      'Daraa',
      'SYR',
      'P',
      '32.6189',
      '36.1021',
      '2',
      '2',
      '-',
    ]);
    expect(
      rows
        .find((row) => row.startsWith('Atlanta'))
        ?.split(/\s+/)
        .slice(3, 5),
    ).toEqual(['33.7490', '-84.3880']);
    expect(result.lines.at(-1)).toBe('1-8 of 8');
  });

  it('filters by country (any case) with --json', async () => {
    const { places, total } = await json('--country', 'usa');
    expect(total).toBe(2);
    expect(places.map((place) => [place.name, place.country])).toEqual([
      ['Atlanta', 'USA'],
      ['Georgia', 'USA'],
    ]);
    expect(places[0]).toEqual({
      name: 'Atlanta',
      country: 'USA',
      lat: 33.749,
      lon: -84.388,
      featureClass: 'P',
      geonameId: 4180439,
      articles: 1,
      mentions: 1,
    });
  });

  it('pages with --limit and --offset', async () => {
    const all = await json();
    const page = await json('--limit', '2', '--offset', '1');
    expect(page.total).toBe(all.total);
    expect(page.places).toEqual(all.places.slice(1, 3));
  });

  it('says so when no place matches, and exits 0', async () => {
    const result = await run('places', '--db', db, '--country', 'NZL');
    expect(result.code).toBe(0);
    expect(result.out).toBe('no places found');
  });

  it('exits 2 for a country that is not an ISO-3 code, naming the option and the value', async () => {
    const result = await run('places', '--db', db, '--country', 'Syria');
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/places country: .*"Syria"/);
    expect(result.out).toBe('');
  });
});

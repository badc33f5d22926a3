import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toAnnotatedJson } from '../../document/to-annotated-json.js';
import { GDELT_COLUMNS } from '../../formats/gdelt/gdelt-columns.js';
import { parseGdeltLine } from '../../formats/gdelt/parse-gdelt-line.js';
import { eventFixtures } from '../../store/store.contract.js';
import { openStore } from '../../system.js';
import { captureCli } from '../capture-cli.js';

const folder = mkdtempSync(join(tmpdir(), 'newsgraph-export-'));
const db = join(folder, 'news.db');
const { israel, russia } = eventFixtures();
const EXAMPLES = join(import.meta.dirname, '../../../examples/articles');
const GDELT_FILE = join(import.meta.dirname, '../../../examples/gdelt/20180617093000.export.CSV');
const SEED = join(import.meta.dirname, '../../../../shared/seeds/000_69708e555aba87ee.txt');

beforeAll(async () => {
  const store = openStore(db);
  await store.putArticles([israel, russia]);
  await store.close();
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const run = captureCli;
const exported = async (...args: string[]) => {
  const result = await run('export', '--db', db, ...args);
  expect(result.err).toBe('');
  expect(result.code).toBe(0);
  return result.out;
};
const ids = (jsonl: string) => jsonl.split('\n').map((line) => JSON.parse(line).id);

describe('newsgraph export --format jsonl', () => {
  it('writes each article as the annotated-article contract, one per line', async () => {
    const lines = (await exported('--format', 'jsonl')).split('\n');
    expect(lines).toHaveLength(2);
    const article = JSON.parse(lines.find((line) => line.includes(israel.id)) ?? '');
    expect(article).toMatchObject({ id: israel.id, title: israel.title, text: israel.text });
    expect(article.events).toHaveLength(3);
    expect(article.entities).toBeUndefined();
  });

  it.each([
    [['--source', 'meridian wire'], [russia.id]],
    [['--from', '2018-07-01'], [russia.id]],
    [['--to', '2018-06-30'], [israel.id]],
    [['--actor', 'IGO'], [israel.id]],
    [['--actor', 'rus'], [israel.id, russia.id].sort()],
  ])('keeps only the articles that match %j', async (filters, expected) => {
    expect(ids(await exported('--format', 'jsonl', ...filters)).sort()).toEqual(expected);
  });

  it('is read back by ingest and exported again byte for byte, every annotation the same', async () => {
    const first = join(folder, 'first.db');
    const second = join(folder, 'second.db');
    const ingested = await run('ingest', EXAMPLES, '--db', first, '--json');
    expect(ingested.code).toBe(0);
    const firstExport = join(folder, 'first.jsonl');
    const secondExport = join(folder, 'second.jsonl');
    await run('export', '--db', first, '--format', 'jsonl', '--out', firstExport);
    const again = await run('ingest', firstExport, '--db', second, '--json');
    expect(JSON.parse(again.out)).toMatchObject({ added: JSON.parse(ingested.out).added, rejected: [] });
    await run('export', '--db', second, '--format', 'jsonl', '--out', secondExport);

    const text = readFileSync(firstExport, 'utf8');
    expect(text.split('\n').filter(Boolean)).toHaveLength(JSON.parse(ingested.out).added);
    expect(readFileSync(secondExport, 'utf8')).toBe(text);
    const [from, to] = [openStore(first), openStore(second)];
    let events = 0;
    try {
      // Spliced from the stored JSON, each line is what writing the article itself gives.
      const { articles } = await from.scanArticles({ limit: 1000 });
      expect(text).toBe(articles.map((article) => `${JSON.stringify(toAnnotatedJson(article))}\n`).join(''));
      for (const line of text.split('\n').filter(Boolean)) {
        const { id } = JSON.parse(line);
        const original = await from.getArticle(id);
        events += original?.events?.length ?? 0;
        expect(await to.getArticle(id)).toEqual(original);
      }
      expect(events).toBeGreaterThan(40);
    } finally {
      await from.close();
      await to.close();
    }
  }, 120_000);
});

describe('newsgraph export --format csv', () => {
  it('writes one table to standard output with --table, a header and a row per event', async () => {
    const lines = (await exported('--format', 'csv', '--table', 'events')).split('\r\n');
    expect(lines[0]).toMatch(/^article_id,event_id,date,source_code,/);
    expect(lines.filter(Boolean)).toHaveLength(1 + 6);
    expect(lines.find((line) => line.includes(',event-1,2018-06-15,ISRGOV,'))).toContain(',040,04,1,3,met,');
  });

  it('keeps only the articles that match the filters, as jsonl does', async () => {
    const rows = (
      await exported('--format', 'csv', '--table', 'articles', '--source', 'MERIDIAN WIRE')
    ).split('\r\n');
    expect(rows).toHaveLength(1 + 1);
    expect(rows[1]).toContain(russia.id);
  });

  it('writes the four tables into a folder with --out', async () => {
    const tables = join(folder, 'tables');
    await run('export', '--db', db, '--format', 'csv', '--out', tables);
    expect(readdirSync(tables).sort()).toEqual(['actors.csv', 'articles.csv', 'events.csv', 'quotes.csv']);
    const actors = readFileSync(join(tables, 'actors.csv'), 'utf8').split('\r\n').filter(Boolean);
    expect(actors).toHaveLength(1 + 10);
  });

  it('asks for a table or a folder rather than mixing four tables on standard output', async () => {
    const result = await run('export', '--db', db, '--format', 'csv');
    expect(result.code).toBe(2);
    expect(result.err).toContain('name one with --table');
  });
});

describe('newsgraph export --format gdelt', () => {
  it('writes each aggregate event as a 61-column GDELT row', async () => {
    const lines = (await exported('--format', 'gdelt')).split('\n');
    expect(lines).toHaveLength(6);
    for (const line of lines) expect(line.split('\t')).toHaveLength(61);
  });

  it('imports a GDELT event file with ingest and writes its events back, every column as it was', async () => {
    const gdeltDb = join(folder, 'gdelt.db');
    const ingested = await run('ingest', GDELT_FILE, '--db', gdeltDb, '--json');
    expect(ingested.code).toBe(1);
    const summary = JSON.parse(ingested.out);
    expect(summary.imported).toBe(4);
    expect(summary.rejected.map((rejection: { line: number }) => rejection.line)).toEqual([5, 6]);

    const exportedRows = (await run('export', '--db', gdeltDb, '--format', 'gdelt')).out
      .split('\n')
      .map(parseGdeltLine);
    const fixtureRows = readFileSync(GDELT_FILE, 'utf8').split('\n').slice(0, 4).map(parseGdeltLine);
    expect(exportedRows.map((row) => row.GlobalEventID).sort()).toEqual(
      fixtureRows.map((row) => row.GlobalEventID),
    );
    for (const fixture of fixtureRows) {
      const row = exportedRows.find((each) => each.GlobalEventID === fixture.GlobalEventID) ?? {};
      for (const { name } of GDELT_COLUMNS) {
        // A missing geography type reads back as 0, GDELT's own "no place".
        const expected = name.endsWith('_Type') && fixture[name] === null ? 0 : fixture[name];
        expect([name, row[name]]).toEqual([name, expected]);
      }
    }
  });

  it.skipIf(!existsSync(SEED))(
    "writes the seed's events so that a GDELT reader reads every column as the codebook types it (needs ../shared/seeds)",
    async () => {
      const seedDb = join(folder, 'seed.db');
      expect((await run('ingest', SEED, '--db', seedDb)).code).toBe(0);
      const out = (await run('export', '--db', seedDb, '--format', 'gdelt')).out;
      const lines = out.split('\n');
      expect(lines.length).toBeGreaterThanOrEqual(3);
      for (const line of lines) {
        const row = parseGdeltLine(line);
        for (const column of GDELT_COLUMNS) {
          const value = row[column.name];
          if (value === null) continue;
          if (column.type === 'int' || column.type === 'float') expect(typeof value).toBe('number');
          if (column.type === 'int') expect(Number.isInteger(value)).toBe(true);
          if (column.type === 'date') expect(value).toMatch(/^\d{8}$/);
          if (column.type === 'datetime') expect(value).toMatch(/^\d{14}$/);
        }
        expect(row.Day).toMatch(/^2018/);
        expect(String(row.EventCode).startsWith(String(row.EventRootCode))).toBe(true);
        expect([1, 2, 3, 4]).toContain(row.QuadClass);
        // One article: its mentions of one event fold into one row.
        expect(row.NumArticles).toBe(1);
        expect(row.NumSources).toBe(1);
      }
      const mentions = lines.reduce((sum, line) => sum + Number(parseGdeltLine(line).NumMentions), 0);
      const events = JSON.parse((await run('events', '--db', seedDb, '--json', '--limit', '1000')).out);
      expect(mentions).toBe(events.total);
      expect(lines.some((line) => parseGdeltLine(line).Actor1Code === 'ISRGOV')).toBe(true);
    },
    60_000,
  );
});

describe('newsgraph export --format gexf, graphml, geojson', () => {
  it('writes the actor network as GEXF to a file, and nothing half-written beside it', async () => {
    const path = join(folder, 'actors.gexf');
    await run('export', '--db', db, '--format', 'gexf', '--out', path);
    const xml = readFileSync(path, 'utf8');
    expect(xml).toContain('<node id="ISRGOV" label="Netanyahu">');
    expect(readdirSync(folder).filter((name) => name.endsWith('.partial'))).toEqual([]);
  });

  it('writes the actor network as GraphML', async () => {
    expect(await exported('--format', 'graphml', '--nodes', '2')).toMatch(
      /<graphml[\s\S]*<node id="ISRGOV">[\s\S]*<\/graphml>$/,
    );
  });

  it('writes a FeatureCollection even when no event has a place', async () => {
    expect(JSON.parse(await exported('--format', 'geojson'))).toEqual({
      type: 'FeatureCollection',
      features: [],
    });
  });

  it('says so when the folder of --out does not exist, before reading anything', async () => {
    const result = await run(
      'export',
      '--db',
      db,
      '--format',
      'jsonl',
      '--out',
      join(folder, 'missing', 'a.jsonl'),
    );
    expect(result.code).toBe(2);
    expect(result.err).toContain(`there is no folder ${join(folder, 'missing')}`);
  });

  it('refuses a format it does not know, naming the ones it does', async () => {
    const result = await run('export', '--db', db, '--format', 'xlsx');
    expect(result.code).toBe(2);
    expect(result.err).toContain('expected one of jsonl, csv, gdelt, gexf, graphml, geojson (got "xlsx")');
  });
});

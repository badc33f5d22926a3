import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { quoteFixtures } from '../../store/store.contract.js';
import type { StoredQuote } from '../../store/store.js';
import { openStore } from '../../system.js';
import { captureCli } from '../capture-cli.js';

const folder = mkdtempSync(join(tmpdir(), 'newsgraph-quotes-'));
const db = join(folder, 'news.db');
const { israel, russia, undated } = quoteFixtures();

beforeAll(async () => {
  const store = openStore(db);
  await store.putArticles([israel, russia, undated]);
  await store.close();
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const run = captureCli;

async function json(...args: string[]): Promise<{ total: number; quotes: StoredQuote[] }> {
  const result = await run('quotes', '--db', db, '--json', ...args);
  expect(result.code).toBe(0);
  return JSON.parse(result.out);
}

const texts = async (...args: string[]) =>
  (await json(...args)).quotes.map((stored) => stored.quote.text).sort();

describe('newsgraph quotes', () => {
  it("prints each quote with its article's date, speaker, words and article, then the count", async () => {
    const result = await run('quotes', '--db', db);
    expect(result.code).toBe(0);
    expect(result.out).toContain(
      '2018-06-17  ISRGOV Netanyahu (as "He")  (told; indirect)\n' +
        '     Iran must leave Syria\n' +
        `     ${israel.title} · Harbor Gazette · ${israel.id}`,
    );
    expect(result.out).toContain(
      '2018-06-17  ISRGOV Netanyahu\n     “Iran needs to withdraw from all of Syria”',
    );
    expect(result.out).toContain('2018-07-02  Dána Levi  (said)\n     “Progress was made”');
    expect(result.out).toContain('2018-06-17  A senior official  (said; indirect)');
    expect(result.out).toContain('no date  unknown speaker  (said)\n     “enough”');
    expect(result.out.split('\n').at(-1)).toBe('1-10 of 10');
  });

  it('answers JSON with --json: every quote with its article and its speaker’s actor', async () => {
    const { total, quotes } = await json();
    expect(total).toBe(10);
    for (const stored of quotes) {
      const from = [israel, russia, undated].find((candidate) => candidate.id === stored.article.id);
      expect(from?.text.slice(stored.quote.start, stored.quote.end)).toBe(stored.quote.text);
    }
    expect(quotes.find((stored) => stored.quote.speaker?.text === 'He')).toMatchObject({
      speakerName: 'Netanyahu',
      speakerCode: 'ISRGOV',
    });
  });

  it('filters by speaker words (any case, accents), actor code (any case), dates and source', async () => {
    expect(await texts('--speaker', 'DANA levi')).toEqual(['Progress was made']);
    expect(await texts('--speaker', 'netanyahu', '--to', '2018-06-17')).toHaveLength(3);
    expect(await texts('--actor', 'rus')).toEqual([
      'Both sides voiced readiness',
      'Russia would stay in Syria and Daraa',
    ]);
    expect(await texts('--from', '2018-07-01', '--source', 'meridian wire')).toEqual([
      'It was a long night',
      'Progress was made',
      'Russia would stay in Syria and Daraa',
    ]);
  });

  it('pages with --limit and --offset', async () => {
    const page = await json('--limit', '3', '--offset', '2');
    expect(page.total).toBe(10);
    expect(page.quotes).toEqual((await json()).quotes.slice(2, 5));
  });

  it('says so when no quote matches, and exits 0', async () => {
    const result = await run('quotes', '--db', db, '--speaker', 'nobody at all');
    expect(result.code).toBe(0);
    expect(result.out).toBe('no quotes found');
  });

  it.each([
    ['--actor', 'I'],
    ['--actor', 'ISR-GOV'],
    ['--from', '2018-13-01'],
    ['--to', '17/06/2018'],
    ['--speaker', '  '],
  ])('exits 2 for %s "%s", naming the option and the value', async (option, value) => {
    const result = await run('quotes', '--db', db, option, value);
    expect(result.code).toBe(2);
    expect(result.err).toContain(`quotes ${option.slice(2)}:`);
    expect(result.err).toContain(`"${value}"`);
    expect(result.out).toBe('');
  });

  it('exits 2 for a date range that ends before it starts', async () => {
    const result = await run('quotes', '--db', db, '--from', '2018-07-01', '--to', '2018-06-01');
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/quotes from: "from" is after "to"/);
  });

  it('exits 2 when the database does not exist', async () => {
    const result = await run('quotes', '--db', join(folder, 'missing.db'));
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/no database at/);
  });
});

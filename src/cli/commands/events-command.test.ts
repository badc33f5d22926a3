import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventFixtures } from '../../store/store.contract.js';
import type { StoredEvent } from '../../store/store.js';
import { openStore } from '../../system.js';
import { captureCli } from '../capture-cli.js';

const folder = mkdtempSync(join(tmpdir(), 'newsgraph-events-'));
const db = join(folder, 'news.db');
const aggregatedDb = join(folder, 'aggregated.db');
const { israel, russia } = eventFixtures();
const copy = eventFixtures({ israel: { source: 'Meridian Wire' } }).israel;

beforeAll(async () => {
  const store = openStore(db);
  await store.putArticles([israel, russia]);
  await store.close();
  const aggregated = openStore(aggregatedDb);
  await aggregated.putArticles([israel, copy]);
  await aggregated.close();
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const run = captureCli;

async function json(...args: string[]): Promise<{ total: number; events: StoredEvent[] }> {
  const result = await run('events', '--db', db, '--json', ...args);
  expect(result.code).toBe(0);
  return JSON.parse(result.out);
}

describe('newsgraph events', () => {
  it('prints each event with its date, code, sides, verb, sentence and article, then the count', async () => {
    const result = await run('events', '--db', db);
    expect(result.code).toBe(0);
    expect(result.out).toContain(
      '2018-06-15  040 Consult  quad 1  ISRGOV Netanyahu -> RUSMIL Ivanovsky  (met)\n' +
        '     Netanyahu met Ivanovsky in Jerusalem on Friday.\n' +
        `     ${israel.title} · Harbor Gazette · 2018-06-17 · ${israel.id}`,
    );
    expect(result.out).toContain(
      'no date  051 Praise or endorse  quad 1  RUSGOV Putin -> ISRGOV Netanyahu  (praised)',
    );
    expect(result.out.split('\n').at(-1)).toBe('1-6 of 6');
  });

  it('answers JSON with --json: every event with its article and the text of its sentence', async () => {
    const { total, events } = await json();
    expect(total).toBe(6);
    for (const stored of events) {
      const from = stored.article.id === israel.id ? israel : russia;
      expect(stored.evidence).toBe(from.text.slice(stored.event.sentence.start, stored.event.sentence.end));
    }
  });

  it('filters by actor (either side, any case), QuadClass, root, code and country', async () => {
    const verbs = async (...args: string[]) =>
      (await json(...args)).events.map((stored) => stored.event.verb.text).sort();
    expect(await verbs('--actor', 'isrgov', '--quad', '1')).toEqual(['met', 'praised']);
    expect(await verbs('--root', '19')).toEqual(['attacked']);
    expect(await verbs('--code', '106')).toEqual(['demanded']);
    expect(await verbs('--country', 'irn')).toEqual(['demanded', 'urged']);
    expect(await verbs('--source', 'Meridian Wire', '--actor', 'RUSGOV')).toEqual(['criticised', 'praised']);
  });

  it('filters by the inclusive range of event dates, and pages', async () => {
    const june = await json('--from', '2018-06-15', '--to', '2018-06-17');
    expect(june.events.map((stored) => stored.event.date).sort()).toEqual([
      '2018-06-15',
      '2018-06-17',
      '2018-06-17',
    ]);
    const page = await json('--limit', '2', '--offset', '4');
    expect(page.total).toBe(6);
    expect(page.events).toEqual((await json()).events.slice(4, 6));
  });

  it('says so when no event matches, and exits 0', async () => {
    const result = await run('events', '--db', db, '--code', '0874');
    expect(result.code).toBe(0);
    expect(result.out).toBe('no events found');
  });

  it.each([
    ['--quad', '7'],
    ['--quad', 'two'],
    ['--from', '2018-13-01'],
    ['--to', '2018-02-30'],
    ['--root', '21'],
    ['--code', '1x'],
    ['--actor', 'I'],
    ['--country', 'Israel'],
  ])('exits 2 for %s %s, naming the option and the value', async (option, value) => {
    const result = await run('events', '--db', db, option, value);
    expect(result.code).toBe(2);
    expect(result.err).toContain(`events ${option.slice(2)}:`);
    expect(result.err).toContain(`"${value}"`);
    expect(result.out).toBe('');
  });

  it('exits 2 for a date range that ends before it starts', async () => {
    const result = await run('events', '--db', db, '--from', '2018-07-01', '--to', '2018-06-01');
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/"from" is after "to"/);
  });

  it('exits 2 when the database does not exist', async () => {
    const result = await run('events', '--db', join(folder, 'missing.db'));
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/no database at/);
  });

  describe('--aggregate', () => {
    it('prints each event once with its dates, sides, place, counts, means and origin', async () => {
      const result = await run('events', '--aggregate', '--db', aggregatedDb, '--code', '040');
      expect(result.code).toBe(0);
      expect(result.lines).toContain(
        '  1. 2018-06-15  040 Consult  quad 1  ISRGOV Netanyahu -> RUSMIL Ivanovsky',
      );
      expect(result.out).toMatch(
        /^ {5}2 mentions · 2 articles · 2 sources · Goldstein 3\.0 · newsgraph ng-[0-9a-f]{20}$/m,
      );
      expect(result.out.split('\n').at(-1)).toBe('1-1 of 1');
    });

    it('answers JSON with --json, and filters by actor, root and origin', async () => {
      const events = async (...args: string[]) => {
        const result = await run('events', '--aggregate', '--db', aggregatedDb, '--json', ...args);
        expect(result.code).toBe(0);
        return (JSON.parse(result.out) as { events: { code: string; numMentions: number }[] }).events;
      };
      expect((await events()).map((event) => [event.code, event.numMentions]).sort()).toEqual([
        ['020', 2],
        ['040', 2],
        ['106', 2],
      ]);
      expect((await events('--actor', 'igo')).map((event) => event.code)).toEqual(['020']);
      expect((await events('--root', '10')).map((event) => event.code)).toEqual(['106']);
      expect(await events('--origin', 'gdelt')).toEqual([]);
    });

    it.each([
      ['--origin', 'cameo', 'origin'],
      ['--source', 'Harbor Gazette', 'source'],
    ])('exits 2 for %s %s, naming the option', async (option, value, field) => {
      const result = await run('events', '--aggregate', '--db', aggregatedDb, option, value);
      expect(result.code).toBe(2);
      expect(result.err).toContain(`events --aggregate ${field}:`);
      expect(result.err).toContain(`"${value}"`);
    });
  });
});

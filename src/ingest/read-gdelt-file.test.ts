import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import type { GdeltEvent } from '../formats/gdelt/gdelt-event.js';
import type { Rejection } from './input-error.js';
import { readGdeltFile } from './read-gdelt-file.js';
import { inputFormat } from './read-input.js';

const FIXTURE = join(import.meta.dirname, '../../examples/gdelt/20180617093000.export.CSV');
const folder = mkdtempSync(join(tmpdir(), 'newsgraph-gdelt-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

async function read(path: string) {
  const events: GdeltEvent[] = [];
  const rejections: Rejection[] = [];
  for await (const outcome of readGdeltFile({ path, size: statSync(path).size })) {
    if ('gdeltEvent' in outcome) events.push(outcome.gdeltEvent);
    else rejections.push(outcome.rejection);
  }
  return { events, rejections };
}

describe('readGdeltFile', () => {
  it('reads each valid row as an event and rejects the others by line, column and reason', async () => {
    const { events, rejections } = await read(FIXTURE);
    expect(events.map((event) => event.gdeltId)).toEqual([1000000001, 1000000002, 1000000003, 1000000004]);
    expect(rejections).toEqual([
      { input: FIXTURE, line: 5, reason: 'column QuadClass: expected 1 to 4, got 7' },
      { input: FIXTURE, line: 6, reason: 'expected 61 tab-separated columns, found 60' },
    ]);
  });

  it("keeps the row's actors, codes, counts, tone, day, places and URL", async () => {
    const [first] = (await read(FIXTURE)).events;
    expect(first).toEqual({
      gdeltId: 1000000001,
      source: { code: 'ISRGOV', name: 'ISRAEL', country: 'ISR', type1: 'GOV' },
      target: { code: 'RUSGOV', name: 'RUSSIA', country: 'RUS', type1: 'GOV' },
      isRootEvent: true,
      code: '036',
      baseCode: '036',
      rootCode: '03',
      quadClass: 1,
      goldstein: 4,
      numMentions: 10,
      numSources: 2,
      numArticles: 10,
      tone: -1.25,
      firstSeen: '2018-06-15',
      lastSeen: '2018-06-15',
      dateAdded: '2018-06-17T09:30:00Z',
      place: {
        name: 'Jerusalem, Israel (general), Israel',
        country: 'IS',
        lat: 31.7667,
        lon: 35.2333,
        type: 4,
        adm1Code: 'IS06',
        featureId: '-797156',
      },
      sourcePlace: {
        name: 'Jerusalem, Israel (general), Israel',
        country: 'IS',
        lat: 31.7667,
        lon: 35.2333,
        type: 4,
        adm1Code: 'IS06',
        featureId: '-797156',
      },
      targetPlace: {
        name: 'Russia',
        country: 'RS',
        lat: 60,
        lon: 100,
        type: 1,
        adm1Code: 'RS',
        featureId: 'RS',
      },
      sourceUrl: 'https://example.org/news/israel-russia-coordination',
    });
  });

  it('reads an event with no target and no actor places', async () => {
    const third = (await read(FIXTURE)).events[2];
    expect(third?.target).toEqual({ code: null, name: null, country: null });
    expect(third?.sourcePlace?.name).toBe('Paris, Ile-de-France, France');
    expect(third?.targetPlace).toBeUndefined();
  });

  it('reads a gzipped file the same way', async () => {
    const gzipped = join(folder, '20180617093000.export.CSV.gz');
    writeFileSync(gzipped, gzipSync(readFileSync(FIXTURE)));
    const { events, rejections } = await read(gzipped);
    expect(events).toEqual((await read(FIXTURE)).events);
    expect(rejections.map((rejection) => rejection.line)).toEqual([5, 6]);
  });

  it('rejects a file that is not gzip though its name says so', async () => {
    const fake = join(folder, 'fake.export.CSV.gz');
    writeFileSync(fake, 'not gzip at all');
    const { rejections } = await read(fake);
    expect(rejections).toHaveLength(1);
    expect(rejections[0]?.reason).toMatch(/^not a valid gzip file/);
  });

  it('asks for a zipped file to be unzipped first', async () => {
    const zipped = join(folder, '20180617093000.export.CSV.zip');
    writeFileSync(zipped, 'PK');
    expect((await read(zipped)).rejections[0]?.reason).toContain('unzip it first');
  });

  it.each([
    ['20180617093000.export.CSV', 'gdelt'],
    ['20180617093000.export.csv.gz', 'gdelt'],
    ['events.csv', undefined],
  ])('tells a GDELT event file by its name: %s', (name, format) => {
    expect(inputFormat(name)).toBe(format);
  });
});

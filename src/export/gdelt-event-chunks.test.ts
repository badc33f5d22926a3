import { describe, expect, it } from 'vitest';
import { parseGdeltLine } from '../formats/gdelt/parse-gdelt-line.js';
import { gdeltEventChunks, type StoredGdeltEvent } from './gdelt-event-chunks.js';

const folded: StoredGdeltEvent = {
  id: 'ng-1f2e3d',
  source: { code: 'ISRGOV', name: 'Benjamin Netanyahu', country: 'ISR' },
  target: { code: 'RUSGOV', name: 'Vladimir Putin', country: 'RUS' },
  isRootEvent: true,
  code: '036',
  baseCode: '036',
  rootCode: '03',
  quadClass: 1,
  goldstein: 4,
  numMentions: 7,
  numSources: 3,
  numArticles: 5,
  tone: -1.5,
  firstSeen: '2018-06-15',
  lastSeen: '2018-06-17',
  dateAdded: '2018-06-17T10:00:00.000Z',
  place: { name: 'Jerusalem', country: 'ISR', lat: 31.77, lon: 35.22 },
  sourceUrl: 'https://example.org/a',
};

async function lines(events: StoredGdeltEvent[]): Promise<string[]> {
  async function* pages() {
    yield events;
  }
  let text = '';
  for await (const chunk of gdeltEventChunks(pages())) text += chunk;
  return text.split('\n').filter(Boolean);
}

describe('gdeltEventChunks', () => {
  it("writes an event across articles with its counts, first day, tone and place as GDELT's columns", async () => {
    const [line] = await lines([folded]);
    expect(parseGdeltLine(line ?? '')).toMatchObject({
      Day: '20180615',
      Actor1Code: 'ISRGOV',
      Actor2Code: 'RUSGOV',
      IsRootEvent: 1,
      NumMentions: 7,
      NumSources: 3,
      NumArticles: 5,
      AvgTone: -1.5,
      ActionGeo_Lat: 31.77,
      ActionGeo_Long: 35.22,
      DATEADDED: '20180617100000',
    });
  });

  it("leaves a folded event's place without its FIPS country code, and keeps an imported event's", async () => {
    const [folding] = await lines([folded]);
    expect(parseGdeltLine(folding ?? '')).toMatchObject({
      ActionGeo_FullName: 'Jerusalem',
      ActionGeo_CountryCode: null,
    });
    const imported = { ...folded, id: 'gdelt-7', gdeltId: 7, place: { ...folded.place, country: 'IS' } };
    const [kept] = await lines([imported as StoredGdeltEvent]);
    expect(parseGdeltLine(kept ?? '').ActionGeo_CountryCode).toBe('IS');
  });

  it('keeps the GlobalEventID of an imported event and numbers a folded one by its id, the same each time', async () => {
    const [imported] = await lines([{ ...folded, id: 'gdelt-1000000001', gdeltId: 1000000001 }]);
    expect(parseGdeltLine(imported ?? '').GlobalEventID).toBe(1000000001);
    const [first] = await lines([folded]);
    const [again] = await lines([folded]);
    const number = parseGdeltLine(first ?? '').GlobalEventID;
    expect(number).toBe(parseGdeltLine(again ?? '').GlobalEventID);
    expect(Number.isSafeInteger(number)).toBe(true);
  });
});

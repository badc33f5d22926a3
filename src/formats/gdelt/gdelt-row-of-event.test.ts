import { describe, expect, it } from 'vitest';
import { eventFixtures } from '../../store/store.contract.js';
import { formatGdeltLine } from './format-gdelt-line.js';
import { fractionDate, gdeltRowOfEvent, globalEventId } from './gdelt-row-of-event.js';
import { parseGdeltLine } from './parse-gdelt-line.js';

const { israel, russia } = eventFixtures();
const [met, demanded] = israel.events ?? [];
if (!met || !demanded) throw new Error('fixture: the Israel article has events');

describe('gdeltRowOfEvent', () => {
  it('writes the date as Day, MonthYear, Year and FractionDate', () => {
    const row = gdeltRowOfEvent(israel, met);
    // 2018-06-15 is day 31 + 28 + 31 + 30 + 31 + 15 = 166 of the year: 166 / 365 = 0.4548.
    expect(row).toMatchObject({ Day: '20180615', MonthYear: 201806, Year: 2018, FractionDate: 2018.4548 });
  });

  it('writes each side as its CAMEO code, upper-case name, country and roles', () => {
    expect(gdeltRowOfEvent(israel, met)).toMatchObject({
      Actor1Code: 'ISRGOV',
      Actor1Name: 'NETANYAHU',
      Actor1CountryCode: 'ISR',
      Actor1Type1Code: 'GOV',
      Actor2Code: 'RUSMIL',
      Actor2Name: 'IVANOVSKY',
      Actor2CountryCode: 'RUS',
      Actor2Type1Code: 'MIL',
    });
  });

  it('writes the event code, its three-digit base, root, QuadClass and Goldstein value, counted once', () => {
    expect(gdeltRowOfEvent(israel, demanded)).toMatchObject({
      EventCode: '106',
      EventBaseCode: '106',
      EventRootCode: '10',
      QuadClass: 3,
      GoldsteinScale: -5,
      NumMentions: 1,
      NumSources: 1,
      NumArticles: 1,
    });
  });

  it('leaves the date columns empty for an event without a date', () => {
    const undated = russia.events?.find((event) => event.date === '');
    if (!undated) throw new Error('fixture: the Russia article has an undated event');
    expect(gdeltRowOfEvent(russia, undated)).toMatchObject({ Day: null, MonthYear: null, Year: null });
  });

  it('marks as root only an event of the lead: the lede, or the first paragraph when there is none', () => {
    // The Israel article has a lede; its events are in the body.
    expect(gdeltRowOfEvent(israel, met).IsRootEvent).toBe(0);
    const [attacked, praised] = russia.events ?? [];
    if (!attacked || !praised) throw new Error('fixture: the Russia article has events');
    expect(gdeltRowOfEvent(russia, attacked).IsRootEvent).toBe(1);
    expect(gdeltRowOfEvent(russia, praised).IsRootEvent).toBe(0);
  });

  it('writes when the article was read as DATEADDED', () => {
    expect(gdeltRowOfEvent(israel, met).DATEADDED).toBe('20240101000000');
  });

  it('numbers an event the same way each time, and two events differently', () => {
    expect(globalEventId(israel.id, 'event-1')).toBe(globalEventId(israel.id, 'event-1'));
    expect(globalEventId(israel.id, 'event-1')).not.toBe(globalEventId(israel.id, 'event-2'));
    expect(globalEventId(israel.id, 'event-1')).toBeLessThan(2 ** 48);
  });

  it('gives a line that a GDELT reader reads back to the same values', () => {
    const row = gdeltRowOfEvent(israel, met);
    const read = parseGdeltLine(formatGdeltLine(row).replace(/\n$/, ''));
    for (const [column, value] of Object.entries(row)) expect(read[column]).toBe(value);
  });
});

describe('fractionDate', () => {
  it.each([
    ['2019-01-25', 2019.0685],
    ['2018-01-01', 2018.0027],
    ['2018-12-31', 2018.9999],
    ['2020-12-31', 2020.9999],
  ])('%s is %d', (date, fraction) => {
    expect(fractionDate(date)).toBe(fraction);
  });
});

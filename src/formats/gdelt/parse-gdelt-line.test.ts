import { describe, expect, it } from 'vitest';
import { GDELT_COLUMNS } from './gdelt-columns.js';
import { parseGdeltLine } from './parse-gdelt-line.js';

/** A row of 61 fields, empty but for those given by column name. */
function line(fields: Record<string, string>): string {
  return GDELT_COLUMNS.map(({ name }) => fields[name] ?? '').join('\t');
}

const ROW = {
  GlobalEventID: '1000001',
  Day: '20180615',
  MonthYear: '201806',
  Year: '2018',
  FractionDate: '2018.4548',
  Actor1Code: 'ISRGOV',
  Actor1Name: 'ISRAEL',
  EventCode: '040',
  EventRootCode: '04',
  QuadClass: '1',
  GoldsteinScale: '-2.5',
  ActionGeo_Lat: '31.77',
  ActionGeo_FeatureID: '-797156',
  DATEADDED: '20180615093000',
  SOURCEURL: 'https://example.org/a',
};

describe('parseGdeltLine', () => {
  it('has the 61 columns of the GDELT 2.0 Event table, from GlobalEventID to SOURCEURL', () => {
    expect(GDELT_COLUMNS).toHaveLength(61);
    expect(GDELT_COLUMNS[0]?.name).toBe('GlobalEventID');
    expect(GDELT_COLUMNS[25]?.name).toBe('IsRootEvent');
    expect(GDELT_COLUMNS[34]?.name).toBe('AvgTone');
    expect(GDELT_COLUMNS[35]?.name).toBe('Actor1Geo_Type');
    expect(GDELT_COLUMNS[51]?.name).toBe('ActionGeo_Type');
    expect(GDELT_COLUMNS[59]?.name).toBe('DATEADDED');
    expect(GDELT_COLUMNS[60]?.name).toBe('SOURCEURL');
  });

  it('reads whole numbers and decimals as numbers, dates and text as text, empty fields as null', () => {
    const record = parseGdeltLine(line(ROW));
    expect(record.GlobalEventID).toBe(1000001);
    expect(record.Day).toBe('20180615');
    expect(record.FractionDate).toBe(2018.4548);
    expect(record.GoldsteinScale).toBe(-2.5);
    expect(record.EventCode).toBe('040');
    expect(record.ActionGeo_FeatureID).toBe('-797156');
    expect(record.Actor2Code).toBeNull();
  });

  it('takes a line ending in a carriage return', () => {
    expect(parseGdeltLine(`${line(ROW)}\r`).SOURCEURL).toBe('https://example.org/a');
  });

  it('refuses a line without 61 columns, saying how many it has', () => {
    expect(() => parseGdeltLine('1\t2\t3')).toThrow('expected 61 tab-separated columns, found 3');
  });

  it.each([
    ['QuadClass', 'one', 'column QuadClass: expected a whole number, got "one"'],
    ['GoldsteinScale', '2,5', 'column GoldsteinScale: expected a number, got "2,5"'],
    ['Day', '20180231', 'column Day: expected a date as YYYYMMDD, got "20180231"'],
    ['DATEADDED', '201806150930', 'column DATEADDED: expected a date and time as YYYYMMDDHHMMSS'],
  ])('names the column %s when its value is not of its type', (column, value, message) => {
    expect(() => parseGdeltLine(line({ ...ROW, [column]: value }))).toThrow(message);
  });
});

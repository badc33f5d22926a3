import { describe, expect, it } from 'vitest';
import type { DatedCode } from './actor-dictionary-file.js';
import { codeOnDate } from './code-on-date.js';

// Benjamin Netanyahu's codes in Phoenix.Countries.actors.txt, the open range closed by Wikidata.
const NETANYAHU: DatedCode[] = [
  { code: 'ISRELI', from: '1967-01-01', to: '1996-06-18' },
  { code: 'ISRGOV', from: '1996-06-18', to: '1999-07-06' },
  { code: 'ISRGOV', from: '2009-04-01', to: '2021-06-13' },
  { code: 'ISRELI' },
];

describe('codeOnDate', () => {
  it.each([
    ['1990-01-01', 'ISRELI'],
    ['1996-06-18', 'ISRGOV'],
    ['1999-07-06', 'ISRGOV'],
    ['2018-06-17', 'ISRGOV'],
    ['2018-06-17T09:30:00Z', 'ISRGOV'],
    ['2021-06-13', 'ISRGOV'],
    ['2021-07-15', 'ISRELI'],
  ])('codes Netanyahu on %s as %s', (date, code) => {
    expect(codeOnDate(NETANYAHU, date)?.code).toBe(code);
  });

  it('gives nothing on a date no code covers when there is no default', () => {
    expect(
      codeOnDate([{ code: 'USAGOV', from: '2009-01-20', to: '2017-01-20' }], '2018-06-17'),
    ).toBeUndefined();
  });

  it('reads a code without a start as holding until its end', () => {
    const codes = [{ code: 'USRARM', to: '1990-08-23' }];
    expect(codeOnDate(codes, '1950-01-01')?.code).toBe('USRARM');
    expect(codeOnDate(codes, '1990-08-24')).toBeUndefined();
  });

  it('prefers the first listed of two codes that start on the same day', () => {
    const codes = [
      { code: 'JORGOV', from: '2007-12-01', to: '2009-12-31' },
      { code: 'JORGOVMIL', from: '2007-12-01', to: '2009-12-31' },
    ];
    expect(codeOnDate(codes, '2008-01-01')?.code).toBe('JORGOV');
  });
});

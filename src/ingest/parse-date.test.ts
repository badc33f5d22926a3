import { describe, expect, it } from 'vitest';
import { InputError } from './input-error.js';
import { isDateLike, parseDate } from './parse-date.js';

function errorOf(input: string, where?: { line?: number; field?: string }): InputError {
  try {
    parseDate(input, where);
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error(`expected "${input}" to be rejected`);
}

describe('parseDate', () => {
  it.each([
    ['06/17/2018', '2018-06-17'],
    ['6/7/2018', '2018-06-07'],
    ['12/01/2018', '2018-12-01'],
    ['02/29/2020', '2020-02-29'],
    ['06.17.2018', '2018-06-17'],
    ['  06/17/2018  ', '2018-06-17'],
    ['2018-06-17', '2018-06-17'],
    ['2018-06-17T10:15:00Z', '2018-06-17T10:15:00Z'],
    ['2018-06-17T10:15:00+02:00', '2018-06-17T10:15:00+02:00'],
    ['2018-06-17T10:15:00-0500', '2018-06-17T10:15:00-05:00'],
    ['2018-06-17T10:15:00.250Z', '2018-06-17T10:15:00Z'],
    ['2018-06-17T10:15', '2018-06-17T10:15:00'],
    ['2019-03-04 10:15:00', '2019-03-04T10:15:00'],
    ['June 17, 2018', '2018-06-17'],
    ['June 17 2018', '2018-06-17'],
    ['Jun. 17, 2018', '2018-06-17'],
    ['june 17th, 2018', '2018-06-17'],
    ['Sept 5, 2018', '2018-09-05'],
    ['17 June 2018', '2018-06-17'],
    ['17th June 2018', '2018-06-17'],
    ['1 Dec 2018', '2018-12-01'],
  ])('reads "%s" as %s', (input, iso) => {
    expect(parseDate(input).iso).toBe(iso);
  });

  it('reads a US-order date without a diagnostic', () => {
    expect(parseDate('06/17/2018').diagnostics).toEqual([]);
  });

  it('reads a day-first date with a warning', () => {
    const parsed = parseDate('17/06/2018', { line: 3 });
    expect(parsed.iso).toBe('2018-06-17');
    expect(parsed.diagnostics).toHaveLength(1);
    expect(parsed.diagnostics[0]).toMatchObject({ severity: 'warning', code: 'date-day-first', line: 3 });
    expect(parsed.diagnostics[0]?.message).toContain('"17/06/2018"');
    expect(parsed.diagnostics[0]?.message).toContain('2018-06-17');
  });

  it.each([
    ['02/30/2018', 'date "02/30/2018" does not exist'],
    ['13/13/2018', 'date "13/13/2018" does not exist'],
    ['00/10/2018', 'date "00/10/2018" does not exist'],
    ['2018-02-29', 'date "2018-02-29" does not exist'],
    ['2018-13-01', 'date "2018-13-01" does not exist'],
    ['February 30, 2018', 'date "February 30, 2018" does not exist'],
    ['2018-06-17T24:00:00', 'time in "2018-06-17T24:00:00" does not exist'],
    ['2018-06-17T10:60', 'time in "2018-06-17T10:60" does not exist'],
    ['06/17/1700', 'date "06/17/1700" is outside the years 1800-2200'],
    ['yesterday', 'cannot read "yesterday" as a date (expected MM/DD/YYYY)'],
    ['17-06-18', 'cannot read "17-06-18" as a date (expected MM/DD/YYYY)'],
    ['Junior 5, 2018', 'cannot read "Junior 5, 2018" as a date (expected MM/DD/YYYY)'],
    ['Decimal 5, 2018', 'cannot read "Decimal 5, 2018" as a date (expected MM/DD/YYYY)'],
  ])('rejects "%s"', (input, message) => {
    expect(errorOf(input).message).toBe(message);
  });

  it('quotes only the first 40 characters of a long unreadable input', () => {
    const input = 'x'.repeat(50);
    expect(errorOf(input).message).toBe(`cannot read "${'x'.repeat(40)}…" as a date (expected MM/DD/YYYY)`);
  });

  it('puts the line and field it was given on the error', () => {
    const error = errorOf('02/30/2018', { line: 3, field: 'date_publish' });
    expect(error.line).toBe(3);
    expect(error.field).toBe('date_publish');
  });
});

describe('parseDate on feed dates (RFC 822)', () => {
  it.each([
    ['Tue, 10 Jun 2003 04:00:00 GMT', '2003-06-10T04:00:00Z'],
    ['Tue, 10 Jun 2003 04:00:00 +0000', '2003-06-10T04:00:00+00:00'],
    ['Tue, 10 Jun 2003 04:00:00 +00:00', '2003-06-10T04:00:00+00:00'],
    ['Tue, 10 Jun 2003 04:00:00 -0500', '2003-06-10T04:00:00-05:00'],
    ['Tue, 10 Jun 2003 04:00:00 UT', '2003-06-10T04:00:00Z'],
    ['Tue, 10 Jun 2003 04:00:00 EST', '2003-06-10T04:00:00-05:00'],
    ['Tue, 10 Jun 2003 04:00:00 PDT', '2003-06-10T04:00:00-07:00'],
    ['Tue, 10 Jun 2003 04:00:00 cest', '2003-06-10T04:00:00+02:00'],
    ['10 Jun 2003 04:00:00 GMT', '2003-06-10T04:00:00Z'],
    ['Fri, 10 Jun 2003 04:00:00 GMT', '2003-06-10T04:00:00Z'],
    ['Tuesday, 10 June 2003 04:00:00 GMT', '2003-06-10T04:00:00Z'],
    ['Tue, 10 Jun 03 04:00:00 GMT', '2003-06-10T04:00:00Z'],
    ['Thu, 10 Jun 99 04:00:00 GMT', '1999-06-10T04:00:00Z'],
    ['Sun, 3 Mar 2019 5:07:00 GMT', '2019-03-03T05:07:00Z'],
    ['Tue, 10 Jun 2003 04:00 GMT', '2003-06-10T04:00:00Z'],
    ['Tue, 10 Jun 2003 04:00:00', '2003-06-10T04:00:00'],
    ['Tue,10 Jun 2003 04:00:00 GMT', '2003-06-10T04:00:00Z'],
    ['Tue, 10 Jun 2003', '2003-06-10'],
    ['Tue, 10 Jun 2003 04:00:00GMT', '2003-06-10T04:00:00Z'],
  ])('reads "%s" as %s', (input, iso) => {
    const parsed = parseDate(input);
    expect(parsed.iso).toBe(iso);
    expect(parsed.diagnostics).toEqual([]);
  });

  it('reads a time in an unknown zone without a zone, with a warning', () => {
    const parsed = parseDate('Tue, 10 Jun 2003 04:00:00 XYZ');
    expect(parsed.iso).toBe('2003-06-10T04:00:00');
    expect(parsed.diagnostics).toEqual([
      expect.objectContaining({ severity: 'warning', code: 'date-unknown-zone' }),
    ]);
  });

  it.each([
    ['Tue, 31 Jun 2003 04:00:00 GMT', 'date "Tue, 31 Jun 2003 04:00:00 GMT" does not exist'],
    ['Tue, 10 Jun 2003 25:00:00 GMT', 'time in "Tue, 10 Jun 2003 25:00:00 GMT" does not exist'],
    [
      'Tue, 10 Jux 2003 04:00:00 GMT',
      'cannot read "Tue, 10 Jux 2003 04:00:00 GMT" as a date (expected MM/DD/YYYY)',
    ],
  ])('rejects "%s"', (input, message) => {
    expect(errorOf(input).message).toBe(message);
  });

  it('leaves isDateLike as it was: an RFC 822 line is not taken for a date line in plain text', () => {
    expect(isDateLike('Tue, 10 Jun 2003 04:00:00 GMT')).toBe(false);
  });
});

describe('isDateLike', () => {
  it.each([
    '06/17/2018',
    '17/06/2018',
    '02/30/2018',
    '2018-06-17',
    '2019-03-04 10:15:00',
    'June 17, 2018',
    '17 June 2018',
    '  06/17/2018  ',
  ])('says "%s" has the shape of a date', (line) => {
    expect(isDateLike(line)).toBe(true);
  });

  it.each([
    '',
    'Behold Israel',
    'Israel and Russia agreed to strengthen military coordination in Syria',
    '2018',
    '06/17/18',
    'Junior 5, 2018',
    'Monday 17, 2018',
    'xmjJUymMYMkAEjIqG4p7BkTQxgVV4mcD.jpg',
  ])('says "%s" is not a date', (line) => {
    expect(isDateLike(line)).toBe(false);
  });
});

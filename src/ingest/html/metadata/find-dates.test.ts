import { describe, expect, it } from 'vitest';
import { findDates, parseDateText } from './find-dates.js';

const now = new Date('2024-01-01T00:00:00Z');
const day = (text: string, monthFirst = false) => parseDateText(text, { now, monthFirst })?.day;

describe('parseDateText', () => {
  it.each([
    ['2018-06-17', '2018-06-17'],
    ['2018/6/7', '2018-06-07'],
    ['17.06.2018', '2018-06-17'],
    ['7.6.2018, 10:15 Uhr', '2018-06-07'],
    ['17. Juni 2018', '2018-06-17'],
    ['June 17th, 2018', '2018-06-17'],
    ['Sun, 17 Jun 2018 10:00:00 GMT', '2018-06-17'],
    ['le 17 juin 2018', '2018-06-17'],
    ['17 de junio de 2018', '2018-06-17'],
    ['2018. június 17.', '2018-06-17'],
    ['17 червня 2018', '2018-06-17'],
    ['30 Kasım 2020', '2020-11-30'],
    ['2018年6月17日', '2018-06-17'],
    ['20180617', '2018-06-17'],
  ])('reads %s as %s', (text, expected) => {
    expect(day(text)).toBe(expected);
  });

  it('keeps the time and its offset when the text gives both', () => {
    expect(parseDateText('2018-06-17T10:15:30.000+0200', { now })?.iso).toBe('2018-06-17T10:15:30+02:00');
    expect(parseDateText('2018-06-17T10:15:30Z', { now })?.iso).toBe('2018-06-17T10:15:30Z');
  });

  it('gives only the day when the time has no offset', () => {
    expect(parseDateText('2018-06-17 10:15:30', { now })?.iso).toBe('2018-06-17');
  });

  it('reads an ambiguous slashed date day first unless told month first', () => {
    expect(day('06/07/2018')).toBe('2018-07-06');
    expect(day('06/07/2018', true)).toBe('2018-06-07');
  });

  it('reads a slashed date whose first number cannot be a month day first, even month first', () => {
    expect(day('17/06/2018', true)).toBe('2018-06-17');
  });

  it('never reads a dotted date month first', () => {
    expect(day('06.07.2018', true)).toBe('2018-07-06');
  });

  it.each([['2018-02-30'], ['1994-12-31'], ['2024-03-01'], ['31 June 2018']])(
    'rejects %s, which does not exist, is too old or is in the future',
    (text) => {
      expect(day(text)).toBeUndefined();
    },
  );

  it('marks a two-digit year as weak evidence', () => {
    expect(parseDateText('07.06.20', { now })).toMatchObject({ day: '2020-06-07', shortYear: true });
  });
});

describe('findDates', () => {
  it('finds every date of a text in text order', () => {
    const text = 'Updated 3 March 2020. First published on 2020-02-01, read 12/24/2019.';
    expect(findDates(text, { now, monthFirst: true }).map((date) => date.day)).toEqual([
      '2020-03-03',
      '2020-02-01',
      '2019-12-24',
    ]);
  });

  it('does not read a month name inside a word', () => {
    expect(findDates('Version 12 Marsupial 2018', { now })).toEqual([]);
  });
});

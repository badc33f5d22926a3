import { describe, expect, it } from 'vitest';
import { parseCodeRestriction, parseDictionaryDate } from './parse-code-restriction.js';

describe('parseCodeRestriction', () => {
  it.each([
    ['ISRGOV >090331', { code: 'ISRGOV', from: '2009-03-31' }],
    ['ISRGOV <051231', { code: 'ISRGOV', to: '2005-12-31' }],
    ['ISRELI 960618-990706', { code: 'ISRELI', from: '1996-06-18', to: '1999-07-06' }],
    ['ISRELI', { code: 'ISRELI' }],
    ['AFGELI 19270101-730717', { code: 'AFGELI', from: '1927-01-01', to: '1973-07-17' }],
    ['ISRGOV 20070715-20140724', { code: 'ISRGOV', from: '2007-07-15', to: '2014-07-24' }],
    ['IGOUNO  >070201', { code: 'IGOUNO', from: '2007-02-01' }],
    ['RUSGOV > 080508', { code: 'RUSGOV', from: '2008-05-08' }],
    ['MNEGOV 20121204', { code: 'MNEGOV', from: '2012-12-04' }],
    ['NGOCHRPRO214', { code: 'NGOCHRPRO214' }],
  ])('reads [%s]', (text, dated) => {
    expect(parseCodeRestriction(text)).toEqual({ kind: 'code', dated });
  });

  it('reads [---] as the null code', () => {
    expect(parseCodeRestriction('---')).toEqual({ kind: 'null' });
  });

  it('rejects a range that ends before it starts, as PETRARCH skips it', () => {
    expect(parseCodeRestriction('KORGOVBUS 2004017-20061201')).toMatchObject({ kind: 'problem' });
  });

  it('rejects a date that does not exist', () => {
    expect(parseCodeRestriction('USAGOV >100231')).toEqual({
      kind: 'problem',
      problem: '"100231" is not a date',
    });
  });

  it('rejects words it cannot read as a restriction', () => {
    expect(parseCodeRestriction('USAGOV from 2001')).toMatchObject({ kind: 'problem' });
  });
});

describe('parseDictionaryDate', () => {
  it.each([
    ['090331', '2009-03-31'],
    ['300101', '2030-01-01'],
    ['310101', '1931-01-01'],
    ['000712', '2000-07-12'],
    ['19411207', '1941-12-07'],
    ['20120229', '2012-02-29'],
    ['9008223', '1990-08-22'],
    ['201005011', '2010-05-01'],
    ['1920030320', '2003-03-20'],
  ])('reads %s as %s', (digits, iso) => {
    expect(parseDictionaryDate(digits)).toBe(iso);
  });

  it.each(['20100229', '100931', '12345', '20121301'])('refuses %s', (digits) => {
    expect(parseDictionaryDate(digits)).toBeUndefined();
  });
});

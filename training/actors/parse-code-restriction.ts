import type { DatedCode } from '../../src/stages/actors/actor-dictionary-file.js';

/** A `[...]` code of a PETRARCH actor dictionary, read: a dated code, the null code, or a problem. */
export type ParsedRestriction =
  | { kind: 'code'; dated: DatedCode }
  | { kind: 'null' }
  | { kind: 'problem'; problem: string };

/**
 * Reads the inside of one `[...]` of a PETRARCH actor dictionary: a code and its date restriction,
 * as PETRARCH's documentation defines them, both ends included:
 *
 *   `ISRGOV`                  no date: the default code  -> { code }
 *   `ISRGOV >090401`          from that date             -> { code, from: '2009-04-01' }
 *   `ISRGOV <051231`          until that date            -> { code, to: '2005-12-31' }
 *   `ISRELI 960618-990706`    a range                    -> { code, from, to }
 *   `MNEGOV 20121204`         a lone date (not in the documentation): read as "from"
 *   `---`                     the null code: no code
 *
 * A range that ends before it starts is a problem, as PETRARCH skips it.
 */
export function parseCodeRestriction(text: string): ParsedRestriction {
  const [code = '', ...rest] = text.trim().split(/\s+/);
  const restriction = rest.join(' ');
  if (code === '---') return { kind: 'null' };
  if (!/^[A-Z0-9]+$/.test(code)) return { kind: 'problem', problem: `"${code}" is not a CAMEO code` };
  if (restriction === '') return { kind: 'code', dated: { code } };
  const match = /^(?:([<>])\s*(\d+)|(\d+)\s*-\s*(\d+)|(\d+))$/.exec(restriction);
  if (!match) return { kind: 'problem', problem: `cannot read the date restriction "${restriction}"` };
  const [, sign, signed = '', rangeStart = '', rangeEnd = '', lone = ''] = match;
  const invalid = [signed, rangeStart, rangeEnd, lone].find(
    (digits) => digits !== '' && parseDictionaryDate(digits) === undefined,
  );
  if (invalid !== undefined) return { kind: 'problem', problem: `"${invalid}" is not a date` };
  const date = (digits: string) => parseDictionaryDate(digits) as string;
  if (sign === '<') return { kind: 'code', dated: { code, to: date(signed) } };
  if (sign === '>') return { kind: 'code', dated: { code, from: date(signed) } };
  if (lone !== '') return { kind: 'code', dated: { code, from: date(lone) } };
  const [from, to] = [date(rangeStart), date(rangeEnd)];
  if (to < from) return { kind: 'problem', problem: `the range ${restriction} ends before it starts` };
  return { kind: 'code', dated: { code, from, to } };
}

/**
 * A PETRARCH dictionary date as an ISO date, or undefined when it is not a valid date. As in
 * PETRARCH, up to 7 digits are read as YYMMDD (years 00-30 are 20YY, the others 19YY; a 7th digit
 * is ignored) and 8 or more as YYYYMMDD, ignoring what follows. One addition: 10 digits that are
 * "19" before a valid YYYYMMDD lose that stray "19" (`1920030320` is 2003-03-20, the start of the
 * Iraq occupation it dates, where PETRARCH would read 1920-03-03).
 */
export function parseDictionaryDate(digits: string): string | undefined {
  if (!/^\d{6,10}$/.test(digits)) return undefined;
  if (digits.length === 10 && digits.startsWith('19')) {
    const withoutPrefix = parseDictionaryDate(digits.slice(2));
    if (withoutPrefix !== undefined) return withoutPrefix;
  }
  const isShort = digits.length <= 7;
  const twoDigitYear = Number(digits.slice(0, 2));
  const year = isShort ? twoDigitYear + (twoDigitYear <= 30 ? 2000 : 1900) : Number(digits.slice(0, 4));
  const rest = isShort ? digits.slice(2) : digits.slice(4);
  const month = Number(rest.slice(0, 2));
  const day = Number(rest.slice(2, 4));
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return `${String(year).padStart(4, '0')}-${rest.slice(0, 2)}-${rest.slice(2, 4)}`;
}

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

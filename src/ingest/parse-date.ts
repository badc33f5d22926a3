import type { Diagnostic } from '../document/diagnostic.js';
import { InputError } from './input-error.js';

export interface ParsedDate {
  /** ISO 8601: `2018-06-17`, or `2018-06-17T10:15:00Z`-style when a time was given. */
  iso: string;
  diagnostics: Diagnostic[];
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

const SLASHED = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/;
const MONTH_FIRST = /^([A-Za-z]{3,9})\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})$/;
const DAY_FIRST = /^(\d{1,2})(?:st|nd|rd|th)? ([A-Za-z]{3,9})\.?,? (\d{4})$/;
/**
 * RFC 822/1123 as feeds write it: optional (possibly wrong) weekday, one- or two-digit day, month
 * name, two- or four-digit year, optional time with or without seconds, zone as an offset
 * (`+0000`, `+00:00`) or a name (`GMT`, `EST`).
 */
const RFC_822 =
  /^(?:[A-Za-z]{3,9}\.?(?:,\s*|\s+))?(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4}|\d{2})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(?:\s*([+-]\d{2}:?\d{2}|[A-Za-z]{1,5}))?)?$/;

/** Named zones seen in feeds. Military letters and unknown names are not guessed at. */
const ZONE_OFFSETS: Record<string, string> = {
  UT: 'Z',
  UTC: 'Z',
  GMT: 'Z',
  Z: 'Z',
  EST: '-05:00',
  EDT: '-04:00',
  CST: '-06:00',
  CDT: '-05:00',
  MST: '-07:00',
  MDT: '-06:00',
  PST: '-08:00',
  PDT: '-07:00',
  AKST: '-09:00',
  AKDT: '-08:00',
  HST: '-10:00',
  WET: 'Z',
  WEST: '+01:00',
  BST: '+01:00',
  CET: '+01:00',
  CEST: '+02:00',
  EET: '+02:00',
  EEST: '+03:00',
  MSK: '+03:00',
  JST: '+09:00',
  AEST: '+10:00',
  AEDT: '+11:00',
};

/** Whether a line has the shape of a date, valid or not (so `02/30/2018` is date-like). */
export function isDateLike(line: string): boolean {
  const text = line.trim();
  return (
    SLASHED.test(text) ||
    ISO.test(text) ||
    monthNumber(MONTH_FIRST.exec(text)?.[1]) > 0 ||
    monthNumber(DAY_FIRST.exec(text)?.[2]) > 0
  );
}

/**
 * Reads a publication date. `MM/DD/YYYY` is the seed format (US order); a first number over 12
 * can only be a day, so `17/06/2018` is read day-first with a warning. ISO dates and written
 * dates (`June 17, 2018`, `17 June 2018`) are read as they are. A date that does not exist
 * (`02/30/2018`) or that cannot be read is an error.
 *
 * Feed dates in RFC 822 form (`Tue, 10 Jun 2003 04:00:00 GMT`) are read too, sloppy ones included:
 * the weekday is ignored (feeds get it wrong), a two-digit year is 1950-2049, and a zone name that
 * is not in `ZONE_OFFSETS` leaves the time without a zone, with a warning.
 */
export function parseDate(input: string, where: { line?: number; field?: string } = {}): ParsedDate {
  const text = input.trim();
  const diagnostics: Diagnostic[] = [];
  const note = (code: string, message: string) =>
    diagnostics.push({ severity: 'warning', code, message, ...(where.line ? { line: where.line } : {}) });

  const slashed = SLASHED.exec(text);
  if (slashed) {
    let month = Number(slashed[1]);
    let day = Number(slashed[2]);
    const year = Number(slashed[3]);
    if (month > 12 && day <= 12) {
      [month, day] = [day, month];
      note(
        'date-day-first',
        `date "${text}" read day-first as ${isoDate(year, month, day)}: ${slashed[1]} cannot be a month`,
      );
    }
    return { iso: checkedDate(text, year, month, day, where), diagnostics };
  }

  const iso = ISO.exec(text);
  if (iso) {
    const date = checkedDate(text, Number(iso[1]), Number(iso[2]), Number(iso[3]), where);
    if (iso[4] === undefined) return { iso: date, diagnostics };
    const zone = iso[7] ? normalizeZone(iso[7]) : '';
    return { iso: `${date}T${checkedTime(text, iso[4], iso[5], iso[6], where)}${zone}`, diagnostics };
  }

  const monthFirst = MONTH_FIRST.exec(text);
  if (monthFirst && monthNumber(monthFirst[1]) > 0) {
    return {
      iso: checkedDate(text, Number(monthFirst[3]), monthNumber(monthFirst[1]), Number(monthFirst[2]), where),
      diagnostics,
    };
  }
  const dayFirst = DAY_FIRST.exec(text);
  if (dayFirst && monthNumber(dayFirst[2]) > 0) {
    return {
      iso: checkedDate(text, Number(dayFirst[3]), monthNumber(dayFirst[2]), Number(dayFirst[1]), where),
      diagnostics,
    };
  }
  const rfc822 = RFC_822.exec(text);
  if (rfc822 && monthNumber(rfc822[2]) > 0) {
    const [, day, month, year, hours, minutes, seconds, zoneText] = rfc822;
    const date = checkedDate(text, fullYear(year), monthNumber(month), Number(day), where);
    if (hours === undefined) return { iso: date, diagnostics };
    const time = checkedTime(text, hours, minutes, seconds, where);
    let zone = '';
    if (zoneText?.match(/^[+-]/)) zone = normalizeZone(zoneText);
    else if (zoneText) {
      zone = ZONE_OFFSETS[zoneText.toUpperCase()] ?? '';
      if (!zone)
        note('date-unknown-zone', `time zone "${zoneText}" in "${text}" is unknown; read without a zone`);
    }
    return { iso: `${date}T${time}${zone}`, diagnostics };
  }
  throw new InputError(`cannot read "${truncate(text)}" as a date (expected MM/DD/YYYY)`, where);
}

function checkedTime(
  text: string,
  hoursText: string | undefined,
  minutesText: string | undefined,
  secondsText: string | undefined,
  where: { line?: number; field?: string },
): string {
  const hours = Number(hoursText);
  const minutes = Number(minutesText);
  const seconds = Number(secondsText ?? 0);
  if (hours > 23 || minutes > 59 || seconds > 59)
    throw new InputError(`time in "${text}" does not exist`, where);
  return `${pad(hours)}:${pad(minutes)}:${pad(seconds)}`;
}

/** RFC 2822's reading of a two-digit year: 00-49 is 2000-2049, 50-99 is 1950-1999. */
function fullYear(text: string | undefined): number {
  const year = Number(text);
  if (text?.length !== 2) return year;
  return year < 50 ? 2000 + year : 1900 + year;
}

function checkedDate(
  text: string,
  year: number,
  month: number,
  day: number,
  where: { line?: number; field?: string },
): string {
  const date = new Date(Date.UTC(year, month - 1, day));
  const exists =
    month >= 1 &&
    month <= 12 &&
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day;
  if (!exists) throw new InputError(`date "${text}" does not exist`, where);
  if (year < 1800 || year > 2200)
    throw new InputError(`date "${text}" is outside the years 1800-2200`, where);
  return isoDate(year, month, day);
}

/** 1-12 for a month's name or its abbreviation (`Jun`, `Sept`), 0 for any other word (`Junior`). */
function monthNumber(name: string | undefined): number {
  const word = name?.toLowerCase();
  return word ? MONTHS.findIndex((month) => month.startsWith(word)) + 1 : 0;
}

function isoDate(year: number, month: number, day: number): string {
  return `${year}-${pad(month)}-${pad(day)}`;
}

function normalizeZone(zone: string): string {
  if (zone === 'Z') return 'Z';
  return zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

function truncate(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

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
    const hours = Number(iso[4]);
    const minutes = Number(iso[5]);
    const seconds = Number(iso[6] ?? 0);
    if (hours > 23 || minutes > 59 || seconds > 59)
      throw new InputError(`time in "${text}" does not exist`, where);
    const zone = iso[7] ? normalizeZone(iso[7]) : '';
    return { iso: `${date}T${pad(hours)}:${pad(minutes)}:${pad(seconds)}${zone}`, diagnostics };
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
  throw new InputError(`cannot read "${truncate(text)}" as a date (expected MM/DD/YYYY)`, where);
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

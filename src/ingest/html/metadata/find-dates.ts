import { MONTH_NAME_PATTERN, monthOfName } from './month-names.js';

/** A calendar date found in a text. */
export interface DateMatch {
  /** Where the match starts in the text, in UTF-16 code units. */
  index: number;
  /** The day, `YYYY-MM-DD`. */
  day: string;
  /** The day, or the day and time with its offset when the text gave both (`2018-06-17T10:15:00+02:00`). */
  iso: string;
  /** The year was written with two digits (`07.06.20`), which is weaker evidence. */
  shortYear: boolean;
}

export interface FindDatesOptions {
  /** Read an ambiguous `06/07/2020` month first, as in the United States. Default day first. */
  monthFirst?: boolean;
  /** Dates after this instant are not publication dates. Default now. */
  now?: Date;
}

/** The earliest year a news page can be from. */
const FIRST_YEAR = 1995;
const YEAR = '((?:19|20)\\d{2})';
const TIME =
  '(?:[T\\s,]+(?:um\\s+|à\\s+|at\\s+)?(\\d{1,2})[:h](\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?\\s*(Z|[+-]\\d{2}:?\\d{2}|UTC|GMT)?)?';
const MONTH = `(${MONTH_NAME_PATTERN})`;
const NOT_LETTER_BEFORE = '(?<![\\p{L}\\p{N}])';
const NOT_LETTER_AFTER = '(?![\\p{L}])';

type Reader = (groups: string[], options: FindDatesOptions) => Parts | undefined;
interface Parts {
  year: number;
  month: number;
  day: number;
  shortYear?: boolean;
  time?: string[];
}

const PATTERNS: [RegExp, Reader][] = [
  [
    new RegExp(`(?<![\\d.])${YEAR}([-/.])(\\d{1,2})\\2(\\d{1,2})(?![\\d])${TIME}`, 'giu'),
    (g) => ({ year: Number(g[1]), month: Number(g[3]), day: Number(g[4]), time: g.slice(5, 9) }),
  ],
  [
    new RegExp(`(?<!\\d)${YEAR}\\s*[年년]\\s*(\\d{1,2})\\s*[月월]\\s*(\\d{1,2})(?!\\d)`, 'gu'),
    (g) => ({ year: Number(g[1]), month: Number(g[2]), day: Number(g[3]) }),
  ],
  [
    new RegExp(`(?<![\\d.])${YEAR}\\.\\s(\\d{1,2})\\.\\s?(\\d{1,2})(?!\\d)`, 'gu'),
    (g) => ({ year: Number(g[1]), month: Number(g[2]), day: Number(g[3]) }),
  ],
  [
    /(?<![\d.])(\d{1,2})([-/.])\s?(\d{1,2})\2\s?(\d{4}|\d{2})(?![\d])/gu,
    (g, options) => readNumericDayMonth(g, options),
  ],
  [
    new RegExp(
      `${NOT_LETTER_BEFORE}(\\d{1,2})(?:\\.|st|nd|rd|th|er|º|°)?\\s*(?:de\\s+|of\\s+)?${MONTH}\\.?${NOT_LETTER_AFTER},?\\s*(?:de\\s+|del\\s+)?${YEAR}(?!\\d)`,
      'giu',
    ),
    (g) => ({ year: Number(g[3]), month: monthOfName(g[2] ?? '') ?? 0, day: Number(g[1]) }),
  ],
  [
    new RegExp(
      `${NOT_LETTER_BEFORE}${MONTH}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\.?,?\\s+${YEAR}(?!\\d)`,
      'giu',
    ),
    (g) => ({ year: Number(g[3]), month: monthOfName(g[1] ?? '') ?? 0, day: Number(g[2]) }),
  ],
  [
    new RegExp(`(?<!\\d)${YEAR}\\.?\\s+${MONTH}\\s+(\\d{1,2})(?!\\d)`, 'giu'),
    (g) => ({ year: Number(g[1]), month: monthOfName(g[2] ?? '') ?? 0, day: Number(g[3]) }),
  ],
];

function readNumericDayMonth(g: string[], options: FindDatesOptions): Parts | undefined {
  const first = Number(g[1]);
  const second = Number(g[3]);
  const shortYear = (g[4] ?? '').length === 2;
  const year = shortYear ? 2000 + Number(g[4]) : Number(g[4]);
  const separator = g[2];
  const monthFirst =
    first > 12 ? false : second > 12 ? true : separator !== '.' && options.monthFirst === true;
  return monthFirst
    ? { year, month: first, day: second, shortYear }
    : { year, month: second, day: first, shortYear };
}

/**
 * Every date written in a text that could be a publication date: ISO and numeric forms
 * (`2018-06-17`, `17.06.2018`, `06/17/2018`), written forms in many languages (`17. Juni 2018`,
 * `June 17th, 2018`, `17 de junio de 2018`, `2018. június 17.`) and East Asian forms (`2018年6月17日`).
 * A date that does not exist, lies before 1995 or after `now` is left out. In text order.
 */
export function findDates(text: string, options: FindDatesOptions = {}): DateMatch[] {
  const now = options.now ?? new Date();
  const found: DateMatch[] = [];
  const taken: [number, number][] = [];
  for (const [pattern, read] of PATTERNS) {
    pattern.lastIndex = 0;
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (taken.some(([from, to]) => start < to && end > from)) continue;
      const parts = read(match as unknown as string[], options);
      const date = parts && toDateMatch(parts, start, now);
      if (!date) continue;
      taken.push([start, end]);
      found.push(date);
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** The first date of a short text such as an attribute value, or undefined. */
export function parseDateText(text: string, options: FindDatesOptions = {}): DateMatch | undefined {
  const compact = /^\s*((?:19|20)\d{2})(\d{2})(\d{2})(?:\d{4,6})?\s*$/.exec(text);
  if (compact) {
    return toDateMatch(
      { year: Number(compact[1]), month: Number(compact[2]), day: Number(compact[3]) },
      0,
      options.now ?? new Date(),
    );
  }
  return findDates(text, options)[0];
}

function toDateMatch(parts: Parts, index: number, now: Date): DateMatch | undefined {
  const { year, month, day } = parts;
  if (year < FIRST_YEAR || month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return undefined;
  const iso = `${year}-${pad(month)}-${pad(day)}`;
  if (date.getTime() > now.getTime() + DAY_MS) return undefined;
  return { index, day: iso, iso: withTime(iso, parts.time), shortYear: parts.shortYear === true };
}

const DAY_MS = 24 * 3600 * 1000;

function withTime(day: string, time: string[] | undefined): string {
  const [hours, minutes, seconds, zone] = time ?? [];
  if (hours === undefined || minutes === undefined || zone === undefined) return day;
  if (+hours > 23 || +minutes > 59 || +(seconds ?? 0) > 59) return day;
  const offset = /^(Z|UTC|GMT)$/i.test(zone) ? 'Z' : zone.replace(/^([+-]\d{2}):?(\d{2})$/, '$1:$2');
  return `${day}T${pad(+hours)}:${minutes}:${seconds ?? '00'}${offset}`;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

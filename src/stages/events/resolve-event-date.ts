import type { Span } from '../../document/span.js';

export interface EventDate {
  /** ISO day `YYYY-MM-DD`; `''` when there is no publication day and the sentence names no day. */
  date: string;
  /** The words `date` was resolved from ("on Friday"), when the sentence gives a date. */
  dateText?: Span & { text: string };
  /** Why `date` is not exactly the day the words name ("a week, not a day"), when it is not. */
  guessed?: string;
}

/**
 * The day an event happened, from the words of its sentence resolved against the publication day.
 *
 * `text` is the article text, `sentence` the span of the event's sentence, `verb` the span of the
 * event's verb (prefer the date expression nearest the verb when there are several), `published` the
 * publication day `YYYY-MM-DD` or undefined (a longer date-time is cut to the day; anything that is
 * not a real day counts as undefined). Returns the publication day with no `dateText` when the
 * sentence gives no date, and `date: ''` when there is neither.
 *
 * Read as days: "today", "tonight", "this morning/afternoon/evening" (the publication day);
 * "yesterday", "last night" (the day before); "the day before yesterday"; "tomorrow", "the day after
 * tomorrow"; "N days ago"; ISO dates; "June 15", "Jan. 15", "15 June", "15th of June", each with an
 * optional year ("June 15, 2018", "15 June 2018"); "on the 15th" (the nearest such day of a month);
 * weekdays. Decisions:
 * - A bare weekday ("on Friday", "Friday's attack", "Friday prayers") is the most recent one before
 *   the publication day, or the coming one when the event is in the future; the publication day's own
 *   weekday is that day. "last Friday" is strictly before, "next Friday" and "this coming Friday"
 *   strictly after; "this Friday" is a bare weekday. A weekday followed by a date ("Friday, June 15")
 *   takes the date.
 * - The event is in the future when its verb, or the five words before it within its clause, hold
 *   "will", "shall", "'ll", "won't" or "to" after "due", "set", "expected", "scheduled", "going",
 *   "poised", "plans", "is", "are". It is the verb's clause, not the whole sentence, because "said on
 *   Friday that it will attack" puts the saying in the past.
 * - A month and day without a year takes the year that puts it nearest before or at the publication
 *   day (nearest at or after for a future event), unless the sentence has exactly one "in <year>",
 *   whose year it takes (`guessed` says so). Days that do not exist (February 30, June 31, February
 *   29, 2018) are no date at all rather than a wrong one.
 * - Not days, so they keep the publication day and set `guessed`: "last/this/next week, month, year,
 *   weekend", "the weekend", "in June", "June 2015", "in 2015" (years 1900 to 2099 only), "N months
 *   ago", "N years ago", "a few days ago". "N weeks ago" is N * 7 days before, with `guessed`.
 * - Not dates: weekday abbreviations ("Sun", "Wed" are names far more often than days in news, and
 *   news style spells days out); "may", "march", "mar" and "august" in lower case (the modal, the
 *   verb, the adjective), and month abbreviations without a day or year ("Jan" the name); numbers with
 *   no month ("15 soldiers"); "the 15th" unless after "on" and before punctuation or a connective
 *   ("on the 15th day" is not a date); feasts and titles ("Good Friday", "the Sunday Times"); the
 *   verb's own words; numeric dates such as 6/15/2018 (day or month first is ambiguous); dates told
 *   relative to another event ("the next day", "two days later"), whose anchor is not the publication.
 * - With no publication day, only expressions that carry their year resolve.
 *
 * Runs in time linear in the sentence: one tokenising regex with no nested quantifiers over the same
 * characters, then matchers that each look a bounded number of words ahead.
 */
export function resolveEventDate(
  text: string,
  sentence: Span,
  verb: Span,
  published: string | undefined,
): EventDate {
  const publishedDay = published === undefined ? undefined : parseDay(published);
  const words = tokenize(text, sentence);
  const mentions = findDateMentions(words);
  const context = {
    published: publishedDay,
    isFuture: isFutureVerb(words, verb),
    yearHint: soleYear(mentions),
  };
  let best: { mention: DateMention; resolved: ResolvedDate; rank: number } | undefined;
  for (const mention of mentions) {
    if (mention.start < verb.end && verb.start < mention.end) continue;
    // The year then belongs to the day it completes; alone it names no day.
    if (context.yearHint !== undefined && isYearOnly(mention.sense)) continue;
    const resolved = resolveSense(mention.sense, context);
    if (resolved === undefined) continue;
    const distance = mention.end <= verb.start ? verb.start - mention.end : mention.start - verb.end;
    // Nearest first; at equal distance, a day over a guess, then words after the verb over words before.
    const rank =
      distance * 4 + (resolved.guessed === undefined ? 0 : 2) + (mention.end <= verb.start ? 1 : 0);
    if (best === undefined || rank < best.rank) best = { mention, resolved, rank };
  }
  if (best === undefined) return { date: publishedDay === undefined ? '' : formatDay(publishedDay) };
  const { start, end } = best.mention;
  const dateText = { start, end, text: text.slice(start, end) };
  return { date: formatDay(best.resolved.day), dateText, ...pickGuessed(best.resolved) };
}

interface Word extends Span {
  raw: string;
  /** Lower case, apostrophes straight, a trailing `'s` dropped ("friday" for "Friday's"). */
  stem: string;
  kind: 'word' | 'number' | 'iso' | 'mark';
}

/** What a date expression says, before it is resolved against the publication day. */
type DateSense =
  | { kind: 'offset'; days: number; guessed?: string }
  | { kind: 'weekday'; weekday: number; modifier: 'bare' | 'last' | 'next' }
  | { kind: 'monthDay'; month: number; day: number; year?: number }
  | { kind: 'dayOfMonth'; day: number }
  | { kind: 'vague'; guessed: string; year?: number };

interface DateMention extends Span {
  sense: DateSense;
}

/** A match from word `first` up to, not including, word `next`. */
interface Match {
  first: number;
  next: number;
  sense: DateSense;
}

interface ResolvedDate {
  /** Days since 1970-01-01. */
  day: number;
  guessed?: string;
}

interface ResolveContext {
  published: number | undefined;
  isFuture: boolean;
  yearHint: number | undefined;
}

const MS_PER_DAY = 86_400_000;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTH_NAMES = 'january february march april may june july august september october november december';
const MONTHS = MONTH_NAMES.split(' ');
/** Three-letter abbreviations and "sept", each written with or without its period. */
const MONTH_ABBREVIATIONS = new Map([
  ...MONTHS.map((name, index) => [name.slice(0, 3), index + 1] as const),
  ['sept', 9],
]);
/** Month words that, all in lower case, are the modal, the verb or the adjective. */
const LOWER_CASE_NON_MONTHS = new Set(['may', 'march', 'mar', 'august']);
/** Capitalised words before a weekday that make it a feast or a name, not a date. */
const WEEKDAY_QUALIFIERS = new Set(['good', 'black', 'bloody', 'super', 'ash', 'holy', 'maundy', 'palm']);
const WEEKDAY_TITLES = new Set(['times', 'telegraph', 'express', 'mirror', 'post', 'herald', 'agreement']);
const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const VAGUE_QUANTITIES = new Set(['few', 'several', 'couple']);
const PERIODS = new Set(['week', 'month', 'year', 'weekend']);
const CONNECTIVES = new Set(['and', 'or', 'when', 'at', 'in', 'as', 'after', 'before', 'while', 'but']);
const CLAUSE_MARKS = new Set([',', ';', ':', '"', '“', '”', '(', ')', '—', '–']);
const CLAUSE_WORDS = new Set(['that', 'which', 'who', 'because', 'after', 'before', 'since', 'when', 'if']);
const FUTURE_WORDS = new Set(['will', 'shall', "won't"]);
/** Words that make a following "to" future: "is due to", "plans to", "is to". */
const FUTURE_BEFORE_TO = new Set([
  'due',
  'set',
  'expected',
  'scheduled',
  'going',
  'poised',
  'plans',
  'is',
  'are',
]);
const FUTURE_WINDOW_WORDS = 5;
/** A yearless Feb 29 looks this many years away for a leap year (8 covers 2096 to 2104). */
const MAX_YEARS_AWAY = 8;

// Alternatives start on different characters or are tried in order at a fixed position, and no
// quantifier repeats over characters another can take, so matching never backtracks far.
const WORD_PATTERN = /\d{4}-\d{2}-\d{2}(?!\d)|\d+(?:[.,]\d+)*|\p{L}+(?:['’]\p{L}+)?|\S/gu;

function tokenize(text: string, sentence: Span): Word[] {
  const start = Math.max(0, sentence.start);
  const slice = text.slice(start, Math.max(start, sentence.end));
  const words: Word[] = [];
  for (const found of slice.matchAll(WORD_PATTERN)) {
    const raw = found[0];
    const stem = raw.toLowerCase().replace('’', "'").replace(/'s$/, '');
    const kind = kindOf(raw);
    words.push({ start: start + found.index, end: start + found.index + raw.length, raw, stem, kind });
  }
  return words;
}

function kindOf(raw: string): Word['kind'] {
  if (/^\p{L}/u.test(raw)) return 'word';
  if (!/^\d/.test(raw)) return 'mark';
  return raw.includes('-') ? 'iso' : 'number';
}

function findDateMentions(words: readonly Word[]): DateMention[] {
  const mentions: DateMention[] = [];
  let index = 0;
  while (index < words.length) {
    const match = matchAt(words, index);
    if (match === undefined) {
      index += 1;
      continue;
    }
    const first = words[match.first] as Word;
    const last = words[match.next - 1] as Word;
    mentions.push({ start: first.start, end: last.end, sense: match.sense });
    index = match.next;
  }
  return mentions;
}

function matchAt(words: readonly Word[], index: number): Match | undefined {
  const lead = stemAt(words, index);
  const inner = lead === 'on' ? matchDay(words, index + 1, true) : undefined;
  const period = lead === 'in' ? matchPeriod(words, index + 1) : undefined;
  const prefixed = inner ?? period;
  if (prefixed !== undefined) return { ...prefixed, first: index };
  return matchDay(words, index, false);
}

/** A day or a period named without a preposition, or after "on" (which alone allows "the 15th"). */
function matchDay(words: readonly Word[], index: number, isAfterOn: boolean): Match | undefined {
  const word = words[index];
  if (word === undefined) return undefined;
  const offset = (days: number, next = index + 1): Match => ({
    first: index,
    next,
    sense: { kind: 'offset', days },
  });
  switch (word.stem) {
    case 'today':
    case 'tonight':
      return offset(0);
    case 'yesterday':
      return offset(-1);
    case 'tomorrow':
      return offset(1);
    case 'the':
      if (stemAt(words, index + 1) === 'day' && stemAt(words, index + 2) === 'before')
        return stemAt(words, index + 3) === 'yesterday' ? offset(-2, index + 4) : undefined;
      if (stemAt(words, index + 1) === 'day' && stemAt(words, index + 2) === 'after')
        return stemAt(words, index + 3) === 'tomorrow' ? offset(2, index + 4) : undefined;
      if (stemAt(words, index + 1) === 'weekend') return vague(index, index + 2, 'a weekend, not a day');
      return matchOrdinalDay(words, index, isAfterOn);
    case 'this':
    case 'last':
    case 'next':
    case 'coming':
      return matchModified(words, index);
  }
  if (word.kind === 'iso') return matchIso(word, index);
  const weekday = WEEKDAYS.indexOf(word.stem);
  if (weekday >= 0) return matchWeekday(words, index, weekday, 'bare');
  if (monthOf(word, true) !== undefined) return matchMonthFirst(words, index);
  return matchDayFirst(words, index) ?? matchAgo(words, index);
}

/** After "in": a month ("in June", "in June 2015") or a year ("in 2015"). */
function matchPeriod(words: readonly Word[], index: number): Match | undefined {
  const word = words[index];
  if (word === undefined) return undefined;
  if (monthOf(word, false) !== undefined) {
    if (dayAt(words, index + 1) !== undefined) return undefined;
    const hasYear = yearAt(words, index + 1) !== undefined;
    return vague(index, hasYear ? index + 2 : index + 1, 'a month, not a day');
  }
  const year = yearAt(words, index);
  if (year === undefined || year < 1900 || year > 2099) return undefined;
  return { first: index, next: index + 1, sense: { kind: 'vague', guessed: 'a year, not a day', year } };
}

/** "this", "last", "next" or "coming" with a weekday, a part of today, "night" or a period. */
function matchModified(words: readonly Word[], index: number): Match | undefined {
  let modifier = stemAt(words, index);
  let at = index + 1;
  if (modifier === 'this' && stemAt(words, at) === 'coming') {
    modifier = 'next';
    at += 1;
  }
  const word = words[at];
  if (word === undefined) return undefined;
  const weekday = WEEKDAYS.indexOf(word.stem);
  if (weekday >= 0) {
    const direction = modifier === 'last' ? 'last' : modifier === 'this' ? 'bare' : 'next';
    const match = matchWeekday(words, at, weekday, direction);
    return match && { ...match, first: index };
  }
  if (modifier === 'this' && ['morning', 'afternoon', 'evening'].includes(word.stem))
    return { first: index, next: at + 1, sense: { kind: 'offset', days: 0 } };
  if (modifier === 'last' && word.stem === 'night')
    return { first: index, next: at + 1, sense: { kind: 'offset', days: -1 } };
  if (modifier === 'coming') return undefined;
  if (PERIODS.has(word.stem)) return vague(index, at + 1, `a ${word.stem}, not a day`);
  if (monthOf(word, false) !== undefined) return vague(index, at + 1, 'a month, not a day');
  return undefined;
}

function matchWeekday(
  words: readonly Word[],
  index: number,
  weekday: number,
  modifier: 'bare' | 'last' | 'next',
): Match | undefined {
  const before = words[index - 1];
  const after = words[index + 1];
  if (before !== undefined && isCapitalised(before) && WEEKDAY_QUALIFIERS.has(before.stem)) return undefined;
  if (after !== undefined && isCapitalised(after) && WEEKDAY_TITLES.has(after.stem)) return undefined;
  if (modifier === 'bare') {
    const dateAt = stemAt(words, index + 1) === ',' ? index + 2 : index + 1;
    const date = matchMonthFirst(words, dateAt) ?? matchDayFirst(words, dateAt);
    if (date !== undefined && date.sense.kind === 'monthDay') return { ...date, first: index };
  }
  return { first: index, next: index + 1, sense: { kind: 'weekday', weekday, modifier } };
}

/** "June 15", "Dec. 31, 2017", "June 15 2018", or a month and year ("June 2015"). */
function matchMonthFirst(words: readonly Word[], index: number): Match | undefined {
  const month = monthAt(words, index);
  if (month === undefined) return undefined;
  const day = dayAt(words, month.next);
  if (day !== undefined) return withYear(words, index, day.next, month.value, day.value);
  if (yearAt(words, month.next) === undefined) return undefined;
  return vague(index, month.next + 1, 'a month, not a day');
}

/** "15 June", "15th of June 2018". */
function matchDayFirst(words: readonly Word[], index: number): Match | undefined {
  const day = dayAt(words, index);
  if (day === undefined) return undefined;
  const month = monthAt(words, stemAt(words, day.next) === 'of' ? day.next + 1 : day.next);
  if (month === undefined) return undefined;
  return withYear(words, index, month.next, month.value, day.value);
}

/** The month and day, with the year at `at` ("15 June 2018", "June 15, 2018") when there is one. */
function withYear(
  words: readonly Word[],
  first: number,
  at: number,
  month: number,
  day: number,
): Match | undefined {
  const yearIndex = stemAt(words, at) === ',' ? at + 1 : at;
  const year = yearAt(words, yearIndex);
  return monthDay(first, year === undefined ? at : yearIndex + 1, month, day, year);
}

/** At "the": "the 15th of June", or after "on", "the 15th" before punctuation or a connective. */
function matchOrdinalDay(words: readonly Word[], index: number, isAfterOn: boolean): Match | undefined {
  const day = dayAt(words, index + 1);
  if (day === undefined || !day.isOrdinal) return undefined;
  const date = matchDayFirst(words, index + 1);
  if (date !== undefined) return { ...date, first: index };
  const after = words[day.next];
  const isEnd = after === undefined || after.kind === 'mark' || CONNECTIVES.has(after.stem);
  if (!isAfterOn || !isEnd) return undefined;
  return { first: index, next: day.next, sense: { kind: 'dayOfMonth', day: day.value } };
}

function matchIso(word: Word, index: number): Match | undefined {
  const [year, month, day] = word.raw.split('-').map(Number) as [number, number, number];
  return monthDay(index, index + 1, month, day, year);
}

/** "two days ago", "3 weeks ago", "a year ago", "a few days ago", "a couple of days ago". */
function matchAgo(words: readonly Word[], index: number): Match | undefined {
  const quantity = quantityAt(words, index);
  if (quantity === undefined || stemAt(words, quantity.next + 1) !== 'ago') return undefined;
  const unit = stemAt(words, quantity.next).replace(/s$/, '');
  if (!['day', 'week', 'month', 'year'].includes(unit)) return undefined;
  const { count } = quantity;
  const next = quantity.next + 2;
  if (count === undefined) return vague(index, next, `a few ${unit}s, not a day`);
  if (unit === 'day') return { first: index, next, sense: { kind: 'offset', days: -count } };
  if (unit === 'week')
    return { first: index, next, sense: { kind: 'offset', days: -7 * count, guessed: 'a week, not a day' } };
  return vague(index, next, `a ${unit}, not a day`);
}

/** "3", "three", "a": a count; "a few", "several", "a couple of": no count; then the next word. */
function quantityAt(
  words: readonly Word[],
  index: number,
): { count: number | undefined; next: number } | undefined {
  const word = words[index];
  if (word === undefined) return undefined;
  if (word.kind === 'number')
    return /^\d{1,3}$/.test(word.raw) ? { count: Number(word.raw), next: index + 1 } : undefined;
  const isArticle = word.stem === 'a' || word.stem === 'an';
  const vagueAt = isArticle ? index + 1 : index;
  if (VAGUE_QUANTITIES.has(stemAt(words, vagueAt)))
    return { count: undefined, next: stemAt(words, vagueAt + 1) === 'of' ? vagueAt + 2 : vagueAt + 1 };
  if (isArticle) return { count: 1, next: index + 1 };
  const count = NUMBER_WORDS.indexOf(word.stem);
  return count > 0 ? { count, next: index + 1 } : undefined;
}

function vague(first: number, next: number, guessed: string): Match {
  return { first, next, sense: { kind: 'vague', guessed } };
}

/** A month and day, or nothing when no year has that day (or the given year does not). */
function monthDay(first: number, next: number, month: number, day: number, year?: number): Match | undefined {
  const isReal = year === undefined ? day <= daysInMonth(2000, month) : isRealDay(year, month, day);
  if (!isReal) return undefined;
  return { first, next, sense: { kind: 'monthDay', month, day, ...(year === undefined ? {} : { year }) } };
}

/** A month's number (1 to 12) and the word after it (after its period, for an abbreviation). */
function monthAt(words: readonly Word[], index: number): { value: number; next: number } | undefined {
  const word = words[index];
  const value = word && monthOf(word, true);
  if (value === undefined) return undefined;
  const isAbbreviated = word?.stem !== MONTHS[value - 1];
  return { value, next: isAbbreviated && stemAt(words, index + 1) === '.' ? index + 2 : index + 1 };
}

function monthOf(word: Word, allowsAbbreviation: boolean): number | undefined {
  if (word.kind !== 'word' || LOWER_CASE_NON_MONTHS.has(word.raw)) return undefined;
  const month = MONTHS.indexOf(word.stem) + 1;
  if (month > 0) return month;
  return allowsAbbreviation ? MONTH_ABBREVIATIONS.get(word.stem) : undefined;
}

/** A day of the month, 1 to 31, with its ordinal suffix if written ("15th"); not "15km". */
function dayAt(
  words: readonly Word[],
  index: number,
): { value: number; next: number; isOrdinal: boolean } | undefined {
  const word = words[index];
  if (word === undefined || word.kind !== 'number' || !/^\d{1,2}$/.test(word.raw)) return undefined;
  const value = Number(word.raw);
  if (value < 1 || value > 31) return undefined;
  const after = words[index + 1];
  if (after === undefined || after.start !== word.end || after.kind === 'mark')
    return { value, next: index + 1, isOrdinal: false };
  if (['st', 'nd', 'rd', 'th'].includes(after.stem)) return { value, next: index + 2, isOrdinal: true };
  return undefined;
}

function yearAt(words: readonly Word[], index: number): number | undefined {
  const word = words[index];
  if (word === undefined || word.kind !== 'number' || !/^[12]\d{3}$/.test(word.raw)) return undefined;
  const after = words[index + 1];
  if (after !== undefined && after.start === word.end && after.kind !== 'mark') return undefined;
  return Number(word.raw);
}

function stemAt(words: readonly Word[], index: number): string {
  return words[index]?.stem ?? '';
}

function isCapitalised(word: Word): boolean {
  const first = word.raw[0] ?? '';
  return first !== first.toLowerCase();
}

function isFutureVerb(words: readonly Word[], verb: Span): boolean {
  let first = words.findIndex((word) => word.end > verb.start);
  if (first < 0) first = words.length;
  const isFuture = (index: number): boolean => {
    const word = words[index] as Word;
    if (FUTURE_WORDS.has(word.stem) || word.stem.endsWith("'ll")) return true;
    return word.stem === 'to' && FUTURE_BEFORE_TO.has(stemAt(words, index - 1));
  };
  for (let index = first; index < words.length && (words[index] as Word).start < verb.end; index += 1)
    if (isFuture(index)) return true;
  let seen = 0;
  for (let index = first - 1; index >= 0 && seen < FUTURE_WINDOW_WORDS; index -= 1) {
    const word = words[index] as Word;
    if (CLAUSE_MARKS.has(word.stem) || CLAUSE_WORDS.has(word.stem)) break;
    if (isFuture(index)) return true;
    seen += 1;
  }
  return false;
}

/**
 * The year of the sentence's "in <year>" when it has exactly one such year and a month and day
 * without one ("In 2015, ... on June 3"), which that year completes.
 */
function soleYear(mentions: readonly DateMention[]): number | undefined {
  let year: number | undefined;
  let hasYearlessDay = false;
  for (const { sense } of mentions) {
    if (sense.kind === 'monthDay' && sense.year === undefined) hasYearlessDay = true;
    if (sense.kind !== 'vague' || sense.year === undefined) continue;
    if (year !== undefined && year !== sense.year) return undefined;
    year = sense.year;
  }
  return hasYearlessDay ? year : undefined;
}

function isYearOnly(sense: DateSense): boolean {
  return sense.kind === 'vague' && sense.year !== undefined;
}

function resolveSense(sense: DateSense, context: ResolveContext): ResolvedDate | undefined {
  if (sense.kind === 'monthDay') return resolveMonthDay(sense, context);
  const { published } = context;
  if (published === undefined) return undefined;
  switch (sense.kind) {
    case 'offset':
      return { day: published + sense.days, ...pickGuessed(sense) };
    case 'vague':
      return { day: published, guessed: sense.guessed };
    case 'dayOfMonth':
      return resolveDayOfMonth(sense.day, published, context.isFuture);
    case 'weekday': {
      const back = (weekdayOf(published) - sense.weekday + 7) % 7;
      const forward = (7 - back) % 7;
      if (sense.modifier === 'last') return { day: published - (back || 7) };
      if (sense.modifier === 'next') return { day: published + (forward || 7) };
      return { day: context.isFuture ? published + forward : published - back };
    }
  }
}

function resolveMonthDay(
  sense: { month: number; day: number; year?: number },
  { published, isFuture, yearHint }: ResolveContext,
): ResolvedDate | undefined {
  const { month, day } = sense;
  if (sense.year !== undefined) return { day: dayNumber(sense.year, month, day) };
  if (yearHint !== undefined)
    return isRealDay(yearHint, month, day)
      ? { day: dayNumber(yearHint, month, day), guessed: `the year of "in ${yearHint}"` }
      : undefined;
  if (published === undefined) return undefined;
  const publishedYear = new Date(published * MS_PER_DAY).getUTCFullYear();
  const step = isFuture ? 1 : -1;
  for (let away = 0; away <= MAX_YEARS_AWAY; away += 1) {
    const year = publishedYear + step * away;
    if (!isRealDay(year, month, day)) continue;
    const candidate = dayNumber(year, month, day);
    if (isFuture ? candidate >= published : candidate <= published) return { day: candidate };
  }
  return undefined;
}

/** The nearest day `day` of a month at or before the publication day (at or after, if future). */
function resolveDayOfMonth(day: number, published: number, isFuture: boolean): ResolvedDate | undefined {
  const date = new Date(published * MS_PER_DAY);
  const step = isFuture ? 1 : -1;
  for (let away = 0; away < 3; away += 1) {
    const monthIndex = date.getUTCMonth() + step * away;
    const year = date.getUTCFullYear() + Math.floor(monthIndex / 12);
    const month = (((monthIndex % 12) + 12) % 12) + 1;
    if (!isRealDay(year, month, day)) continue;
    const candidate = dayNumber(year, month, day);
    if (isFuture ? candidate >= published : candidate <= published) return { day: candidate };
  }
  return undefined;
}

function pickGuessed(from: { guessed?: string }): { guessed?: string } {
  return from.guessed === undefined ? {} : { guessed: from.guessed };
}

/** Days since 1970-01-01 of a `YYYY-MM-DD` day (or a date-time's day), or undefined if it is no day. */
function parseDay(published: string): number | undefined {
  const found = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/.exec(published);
  if (found === null) return undefined;
  const [year, month, day] = found.slice(1).map(Number) as [number, number, number];
  return isRealDay(year, month, day) ? dayNumber(year, month, day) : undefined;
}

function dayNumber(year: number, month: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return Math.round(date.getTime() / MS_PER_DAY);
}

function formatDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

function daysInMonth(year: number, month: number): number {
  return dayNumber(year, month + 1, 1) - dayNumber(year, month, 1);
}

function isRealDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** 0 for Sunday to 6 for Saturday; 1970-01-01 was a Thursday. */
function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

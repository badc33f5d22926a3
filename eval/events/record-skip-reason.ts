import { parseDictionaryDate } from '../../training/actors/parse-code-restriction.js';
import type { ValidationRecord } from './read-validation-file.js';

/** What decides whether a record can be run. */
export interface RecordSelection {
  /** The file's `<Include>` words: the categories to run (every one when empty); `valid` is not one. */
  include: readonly string[];
  /** The CAMEO event codes; an expected code outside them is not CAMEO (WEIS codes, `174K`). */
  cameoCodes: ReadonlySet<string>;
  /** Phrases of the file's discard list, in lower case; a record with one tests the discard list. */
  discards?: readonly string[];
}

/**
 * PETRARCH-2's defaults for the `<Config>` options that change what it codes (PETR_config.ini),
 * as settings: a comma-delimited clause kind (internal, initial "b", terminal "e") is off when its
 * maximum is 0, and its minimum then does not matter. A record run under other settings expects a
 * coder configured differently from newsgraph.
 */
const DEFAULT_OPTIONS: Readonly<Record<string, string>> = {
  new_actor_length: '0',
  require_dyad: 'true',
  comma_min: '2',
  comma_max: '8',
  comma_bmin: '0',
  comma_bmax: '0',
  comma_emin: '2',
  comma_emax: '8',
};
/** The settings, each named as a skip reason names it, in the order reasons are given. */
const SETTINGS: ReadonlyArray<{ label: (value: string) => string; options: readonly string[] }> = [
  { label: (value) => `require_dyad=${value}`, options: ['require_dyad'] },
  { label: (value) => `new_actor_length=${value}`, options: ['new_actor_length'] },
  { label: () => 'other comma-clause lengths', options: ['comma_min', 'comma_max'] },
  { label: () => 'other comma-clause lengths', options: ['comma_bmin', 'comma_bmax'] },
  { label: () => 'other comma-clause lengths', options: ['comma_emin', 'comma_emax'] },
];

/**
 * Why a validation record cannot be run or scored, or undefined when it can. In order: its category
 * is not in `<Include>` (a file without one includes every category); it is marked `evaluate="false"` (or `valid="false"`); it has no text; its
 * date cannot be read; it expects a coder error; it says nothing about what to expect; it expects
 * a code that is not CAMEO; it needs a PETRARCH option newsgraph does not have; it contains a
 * phrase of the discard list, which newsgraph does not have.
 */
export function recordSkipReason(record: ValidationRecord, selection: RecordSelection): string | undefined {
  if (selection.include.length > 0 && !selection.include.includes(record.category))
    return `category "${record.category}" not in <Include>`;
  const flag = record.attributes.evaluate ?? record.attributes.valid;
  if (flag !== undefined && flag.toLowerCase() === 'false') return 'marked evaluate="false"';
  if (record.text === '') return 'no text (empty <Text>)';
  if (isoDateOf(record.date) === undefined) return 'unreadable date';
  if (record.expectedError !== undefined) return 'expects a coder error';
  if (record.expected.length === 0 && !record.expectsNoEvents) return 'no expected events';
  if (record.expected.some((event) => !selection.cameoCodes.has(event.eventCode.trim())))
    return 'expects a non-CAMEO (WEIS-style) event code';
  const changed = changedSetting(record.options);
  if (changed !== undefined) return `needs PETRARCH option ${changed}`;
  const lower = ` ${record.text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  if (selection.discards?.some((phrase) => lower.includes(` ${phrase} `))) return 'tests the discard list';
  return undefined;
}

/** The first setting that differs from PETRARCH-2's default, named, or undefined. */
function changedSetting(options: Readonly<Record<string, string>>): string | undefined {
  const optionValue = (option: string) => (options[option] ?? DEFAULT_OPTIONS[option] ?? '').toLowerCase();
  const settingOf = (names: readonly string[], read: (option: string) => string) => {
    const values = names.map(read);
    return names.length === 2 && values[1] === '0' ? 'off' : values.join('-');
  };
  const changed = SETTINGS.find(
    ({ options: names }) =>
      settingOf(names, optionValue) !== settingOf(names, (option) => DEFAULT_OPTIONS[option] ?? ''),
  );
  return changed?.label(settingOf(changed.options, optionValue));
}

/**
 * A record's date as an ISO date: `YYYYMMDD`, or `YYMMDD` with PETRARCH's reading (years 00-30 are
 * 20YY, the others 19YY); undefined when it is not a valid date.
 */
export function isoDateOf(date: string): string | undefined {
  const digits = date.trim();
  return /^(?:\d{6}|\d{8})$/.test(digits) ? parseDictionaryDate(digits) : undefined;
}

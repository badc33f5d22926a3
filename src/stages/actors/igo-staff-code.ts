import type { Span } from '../../document/span.js';
import type { CodedNames } from './apposition-code.js';
import type { TokenContext } from './token-context.js';

/** Words of a job title between an organisation's name and a person's, at most ("senior food security analyst"). */
const MAX_JOB_WORDS = 4;

/**
 * The code of an intergovernmental organisation named just before a person's job title, in the
 * same phrase: "FAO senior locust forecaster Keith Cressman", "WHO epidemiologist Maria Lund". An
 * IGO's staff speak for it, whatever their title; a company's or a charity's get no code this way.
 * The job title is one to four lower-case words, none of them a word that would end the phrase
 * ("NATO and Turkey's Erdogan").
 */
export function igoStaffCode(
  name: Span,
  context: TokenContext,
  organisations: CodedNames,
): string | undefined {
  const before = context.before(name);
  for (let k = 1; k <= MAX_JOB_WORDS && k < before.length; k++) {
    const word = before[before.length - k];
    if (word === undefined || !/^\p{Ll}[\p{Ll}-]*$/u.test(word.text) || NOT_TITLE_WORDS.has(word.text))
      return undefined;
    const code = organisations.byEnd.get(before[before.length - k - 1]?.end ?? -1)?.code;
    if (code !== undefined) return code.startsWith('IGO') ? code : undefined;
  }
  return undefined;
}

/** Lower-case words that are no part of a job title. */
const NOT_TITLE_WORDS = new Set([
  'and',
  'or',
  'of',
  'to',
  'for',
  'with',
  'by',
  'at',
  'in',
  'on',
  'says',
  'said',
  'member',
  'members',
  'the',
  'a',
  'an',
]);

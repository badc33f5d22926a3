import type { WordStatistics } from './word-statistics.js';

/** Words written in lower case inside names: "Osama bin Laden", "Bashar al-Assad", "Army of God". */
const LOWER_CASE_WORDS = new Set(
  'al el ad ash as bin bint ibn de du des da das do dos di del della der den van von la le les y e et of the and for in on at to by with from'.split(
    ' ',
  ),
);

/**
 * The name in the case news writes it, from a Phoenix name in capitals: each word as GMB news
 * most often writes it ("NATO", "Hamas", "al-Qaida"), else particles in lower case, else, for
 * organisations, short or vowel-less words as acronyms ("PLA", "NDFB"), else capitalised.
 * `words` are in capitals; `isOrganisation` allows acronyms.
 */
export function casePhoenixName(
  words: readonly string[],
  statistics: WordStatistics,
  isOrganisation: boolean,
): string[] {
  return words.map((word, position) => caseWord(word, position === 0, statistics, isOrganisation));
}

function caseWord(
  word: string,
  isFirst: boolean,
  statistics: WordStatistics,
  isOrganisation: boolean,
): string {
  const lower = word.toLowerCase();
  if (!isFirst && LOWER_CASE_WORDS.has(lower)) return lower;
  if (/^(?:\p{L}\.)+$/u.test(word)) return word;
  const form = statistics.preferredForm(word, isOrganisation);
  if (form !== undefined) return isFirst ? capitalise(form) : form;
  if (word.includes('-')) {
    return word
      .split('-')
      .map((part, index) =>
        part === '' ? part : caseWord(part, isFirst && index === 0, statistics, isOrganisation),
      )
      .join('-');
  }
  const letters = word.replace(/[^\p{L}]/gu, '');
  if (isOrganisation && (letters.length <= 3 || !/[AEIOUY]/.test(letters))) return word;
  return capitalise(lower);
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

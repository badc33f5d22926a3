// Words that do not count towards an acronym: "NATO" is North Atlantic Treaty Organization.
const ACRONYM_SKIPPED_WORDS = new Set(['OF', 'THE', 'AND', 'FOR', 'IN', 'ON', 'DE', 'DU', 'DES', 'LA', 'LE']);

/** A word sequence a phrase stands for; `isAcronym` for an acronym taken from a parenthesis. */
export interface PhraseVariant {
  words: string[];
  isAcronym: boolean;
}

/**
 * The word sequences a dictionary phrase stands for, in the phrase's own capitals:
 * "BENJAMIN_NETANYAHU_" -> [{ words: ["BENJAMIN", "NETANYAHU"], isAcronym: false }]. Words are split at `_` and spaces; a
 * trailing comma and a possessive "'S" become words of their own, as tokenizers split them
 * ("CHILDREN'S" -> "CHILDREN", "'S"); hyphens and periods stay inside words ("AL-ASSAD", "U.N.").
 * A parenthesised part is dropped ("SAMOA_(AMERICAN)_" -> "SAMOA"), and kept as a second variant
 * when it is the acronym of the rest ("ADEN_ABYAN_ISLAMIC_ARMY_(AAIA)" -> also "AAIA"). A
 * phrase with an unreadable character (U+FFFD, from a broken encoding upstream) gives nothing.
 */
export function phraseWords(phrase: string): PhraseVariant[] {
  if (phrase.includes('\uFFFD')) return [];
  const normalized = phrase
    .normalize('NFC')
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/[\u2010-\u2013]/g, '-');
  const parenthesised = [...normalized.matchAll(/\(([^()]*)\)/g)].map((match) => match[1] ?? '');
  // An unclosed "(" ("STANKO_TODOROV (ACTING_") drops the rest of the phrase.
  const outside = splitWords(normalized.replace(/\([^()]*\)/g, ' ').replace(/\(.*$/, ''));
  if (outside.length === 0) return [];
  const variants = [{ words: outside, isAcronym: false }];
  for (const inside of parenthesised) {
    const acronym = inside.replace(/[_\s]/g, '');
    if (isAcronymOf(acronym, outside)) variants.push({ words: [acronym], isAcronym: true });
  }
  return variants;
}

function splitWords(text: string): string[] {
  const words: string[] = [];
  for (const written of text.split(/[_\s]+/)) {
    let word = written;
    const hasComma = word.length > 1 && word.endsWith(',');
    if (hasComma) word = word.slice(0, -1);
    const hasPossessive = word.length > 2 && /'S$/i.test(word);
    if (hasPossessive) word = word.slice(0, -2);
    if (word !== '') words.push(word);
    if (hasPossessive) words.push(written.slice(word.length, word.length + 2));
    if (hasComma) words.push(',');
  }
  return words;
}

function isAcronymOf(acronym: string, words: readonly string[]): boolean {
  if (!/^[A-Z]{2,}$/.test(acronym)) return false;
  const initials = words
    .filter((word) => !ACRONYM_SKIPPED_WORDS.has(word.toUpperCase()))
    .map((word) => word.charAt(0).toUpperCase())
    .join('');
  return initials === acronym;
}

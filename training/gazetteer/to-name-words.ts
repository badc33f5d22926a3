import { GAZETTEER_MAX_WORDS } from '../../src/stages/entities/gazetteer-file.js';

// Any Latin letter or combining mark, digits, and the punctuation that occurs inside names.
const NAME_WORD = /^[\p{Script=Latin}\p{M}0-9.'&-]+$|^,$/u;

/**
 * A written name as the words a tokenizer would give for it, or undefined when it cannot be a
 * name here. The rule: split on white space; a trailing comma and a trailing "'s" become words of
 * their own (every tokenizer we train on does that); everything else, hyphens and periods
 * included ("al-Assad", "St.", "U.S."), stays inside its word. Typographic apostrophes and
 * hyphens become ASCII. Words in other scripts, or more than 8 words, give undefined.
 */
export function toNameWords(text: string): string[] | undefined {
  const words: string[] = [];
  const normalized = text
    .normalize('NFC')
    .replace(/[\u2018\u2019\u02bc\u2032`]/g, "'")
    .replace(/[\u2010\u2011\u2012\u2013]/g, '-')
    .trim();
  for (const written of normalized.split(/\s+/)) {
    let word = written;
    const hasComma = word.length > 1 && word.endsWith(',');
    if (hasComma) word = word.slice(0, -1);
    const hasPossessive = word.length > 2 && /'s$/i.test(word);
    if (hasPossessive) word = word.slice(0, -2);
    if (word.length > 0) words.push(word);
    if (hasPossessive) words.push(written.slice(word.length, word.length + 2));
    if (hasComma) words.push(',');
  }
  if (words.length === 0 || words.length > GAZETTEER_MAX_WORDS) return undefined;
  if (!words.every((word) => NAME_WORD.test(word) && /[\p{L}0-9&,]/u.test(word))) return undefined;
  return words;
}

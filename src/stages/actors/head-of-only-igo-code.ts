import { type CodedNames, onlyIgoCode } from './apposition-code.js';
import { PAST } from './title-code.js';

/**
 * For a person the dictionary knows only by past offices, in an article that names one
 * intergovernmental organisation (the United Nations), that organisation's code when the person
 * has no title near the name, or a head's title that names no organisation ("Secretary-General
 * António Guterres"): an international official the dictionary has not caught up with. Any other
 * title ("former prime minister") gives nothing.
 */
export function pastOfficeHeadCode(
  phrases: readonly string[][],
  organisations: CodedNames,
): string | undefined {
  const isHead = phrases.every((phrase) => !isPast(phrase) && INTERNATIONAL_HEADS.has(headWord(phrase)));
  return isHead ? onlyIgoCode(organisations) : undefined;
}

/**
 * For a person the dictionary does not know, titled "Director General" or "Secretary-General"
 * without an organisation ("Director General Rafael Grossi" in an article on the IAEA), the one
 * intergovernmental organisation the article names: those are the titles of the heads of the UN's
 * agencies, NATO and the like. The title must be written; "Attorney General" and "Major General"
 * are national offices and ranks, not heads of an organisation.
 */
export function unknownHeadCode(phrases: readonly string[][], organisations: CodedNames): string | undefined {
  const titled = phrases.filter((phrase) => phrase.length > 0);
  const isHead = titled.length > 0 && titled.some(isInternationalHeadTitle) && !titled.some(isPast);
  return isHead ? onlyIgoCode(organisations) : undefined;
}

/** "Secretary-General", "Director General", "director-general" at the end of a title phrase. */
function isInternationalHeadTitle(phrase: readonly string[]): boolean {
  const parts = phrase.slice(-2).flatMap((word) => word.toLowerCase().split(/[-‐‑]/));
  return parts.at(-1) === 'general' && HEADS_GENERAL.has(parts.at(-2) ?? '');
}

function isPast(phrase: readonly string[]): boolean {
  return phrase.some((word) => PAST.has(word.toLowerCase()));
}

/** The last word of a title phrase, or of its hyphenated last word ("General" of "Secretary-General"). */
function headWord(phrase: readonly string[]): string {
  return phrase.at(-1)?.split(/[-‐‑]/).at(-1)?.toLowerCase() ?? '';
}

/** The last word of the titles of an international organisation's head ("Secretary-General", "chief"). */
const INTERNATIONAL_HEADS = new Set(['general', 'chief', 'head']);

/** The word before "general" in an international organisation's head title. */
const HEADS_GENERAL = new Set(['secretary', 'director']);

import { parseGazetteerFile } from '../../src/stages/entities/gazetteer-file.js';
import { readGzipJson } from '../../src/stages/read-data-file.js';

/** Names that the generated training sentences draw from: facts from the gazetteer, no text. */
export interface TemplateNames {
  /** Cities (one to three words) that name clubs and venues and open datelines. */
  cities: string[][];
  /** Countries written as one to three words, which name national teams and fill "( Kenya )". */
  countries: string[][];
  /** Nationality adjectives ("Dutch"), for "Dutch first division". */
  demonyms: string[];
  firstNames: string[];
  surnames: string[];
  /** Companies with a legal or corporate last word ("Zygo Corp", "Dresdner Bank"), for business news. */
  companies: string[][];
  /**
   * Other organisations (agencies, parties, committees), one to six words, with a word such as
   * "Council" or "Party" in them: the gazetteer's list also holds some people's names.
   */
  organisations: string[][];
}

/**
 * A plain name as English news writes it: ASCII letters, with inner hyphens or apostrophes; no
 * "Hamburg - Mitte" splits, and not the native spellings ("Česko") that the gazetteer also lists.
 */
const PLAIN_WORD = /^[A-Z][A-Za-z'-]*[a-z]$/;
/** A word of an organisation's name: capitalised words and initials ("AAR", "S.A."), or a small joining word. */
const ORG_WORD = /^(?:[A-Z][A-Za-z&'.-]*|of|and|for|the|de|&)$/;
/** The last word of a company's name ("Corp", "Bank"), which tells it from other organisations. */
export const COMPANY_WORD =
  /^(?:Inc\.?|Corp\.?|Co\.?|Ltd\.?|Plc|PLC|AG|SA|NV|Corporation|Company|Limited|Group|Holdings|Bank|Bancorp)$/;

/** Reads the lists from the shipped gazetteer file. */
export function readTemplateNames(gazetteerPath: string): TemplateNames {
  const parsed = parseGazetteerFile(
    readGzipJson(gazetteerPath, {
      name: 'gazetteer',
      rebuild: 'npx tsx training/gazetteer/build-gazetteer.ts',
    }),
  );
  if ('problem' in parsed) throw new Error(`${gazetteerPath}: ${parsed.problem}`);
  const names = parsed.file.names;
  const plainNames = (category: string, maxWords: number) =>
    (names[category] ?? [])
      .map((name) => name.split(' '))
      .filter((words) => words.length <= maxWords && words.every((word) => PLAIN_WORD.test(word)));
  const surnames = new Set<string>();
  for (const words of plainNames('person', 4)) {
    const last = words.at(-1) as string;
    if (words.length > 1 && last.length > 2) surnames.add(last);
  }
  const orgWords = new Set(names['org-word'] ?? []);
  const orgNames = (names.org ?? [])
    .map((name) => name.split(' '))
    .filter(
      (words) =>
        words.length >= 1 &&
        words.length <= 6 &&
        /^[A-Z]/.test(words[0] as string) &&
        /[a-z]/.test(words.join('')) &&
        words.every((word) => ORG_WORD.test(word)),
    );
  return {
    cities: plainNames('city', 3),
    countries: plainNames('country', 3).filter(
      (words) => !['Republic', 'Kingdom'].includes(words[0] as string),
    ),
    demonyms: (names.demonym ?? []).filter((name) => PLAIN_WORD.test(name) && !name.endsWith('s')),
    firstNames: plainNames('first-name', 1).map((words) => words[0] as string),
    surnames: [...surnames].sort(),
    companies: orgNames.filter((words) => COMPANY_WORD.test(words.at(-1) as string)),
    organisations: orgNames.filter(
      (words) => !COMPANY_WORD.test(words.at(-1) as string) && words.some((word) => orgWords.has(word)),
    ),
  };
}

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
}

/**
 * A plain name as English news writes it: ASCII letters, with inner hyphens or apostrophes; no
 * "Hamburg - Mitte" splits, and not the native spellings ("Česko") that the gazetteer also lists.
 */
const PLAIN_WORD = /^[A-Z][A-Za-z'-]*[a-z]$/;

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
  return {
    cities: plainNames('city', 3),
    countries: plainNames('country', 3).filter(
      (words) => !['Republic', 'Kingdom'].includes(words[0] as string),
    ),
    demonyms: (names.demonym ?? []).filter((name) => PLAIN_WORD.test(name) && !name.endsWith('s')),
    firstNames: plainNames('first-name', 1).map((words) => words[0] as string),
    surnames: [...surnames].sort(),
  };
}

import type { ActorDictionary } from './actor-dictionary.js';
import { findActorCode } from './find-actor-code.js';
import { perDictionary } from './per-dictionary.js';

/** The source file of the dictionary's country actors, whose three-letter codes are ISO-3. */
const COUNTRIES_SOURCE = 'Phoenix.Countries.actors.txt';

/**
 * Demonyms the dictionary lacks (it knows Russian, Israeli, American and most others, and US,
 * U.S. and UK). "Korean" is left out: it does not say which Korea.
 */
const MORE_DEMONYMS: Readonly<Record<string, string>> = {
  swedish: 'SWE',
  kazakh: 'KAZ',
  kazakhstani: 'KAZ',
  scottish: 'GBR',
  welsh: 'GBR',
  emirati: 'ARE',
  'u.k.': 'GBR',
};

/** The ISO-3 codes of the dictionary's countries (computed once per dictionary). */
export const countryCodes: (dictionary: ActorDictionary) => ReadonlySet<string> = perDictionary(
  (dictionary) => {
    const found = new Set<string>();
    for (const actor of dictionary.actors) {
      if (!actor.sources.some((source) => source.startsWith(COUNTRIES_SOURCE))) continue;
      for (const { code } of actor.codes) if (/^[A-Z]{3}$/.test(code)) found.add(code);
    }
    return found;
  },
);

/**
 * The ISO-3 code of the country that `words` name or describe ("Russia", "Russian", "United
 * States", "U.S."), or undefined when they are not a country or demonym.
 */
export function countryOf(
  dictionary: ActorDictionary,
  words: readonly string[],
  date: string | undefined,
): string | undefined {
  const code = findActorCode(dictionary, words, date);
  if (code !== undefined && countryCodes(dictionary).has(code)) return code;
  return words.length === 1 ? MORE_DEMONYMS[(words[0] as string).toLowerCase()] : undefined;
}

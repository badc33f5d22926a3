import type { Token } from '../../document/annotations.js';
import type { ActorDictionary } from './actor-dictionary.js';
import { countryOf } from './country-codes.js';

/** The article's country is named at least this many times as often as any other. */
const DOMINANCE = 2;

/** A country's name has at most this many words ("United Arab Emirates"). */
const MAX_COUNTRY_WORDS = 3;

/**
 * The country an article is mostly about: the one whose names, demonyms and cities (those the
 * dictionary gives a country's code: "Sanaa" -> YEM) are written most often, longest match first.
 * `alsoNamed` are more mentions to count, by country (those of the people and organisations
 * already coded: "Chancellor Olaf Scholz" names Germany without writing it).
 * Undefined when no country is named, or none is named at least twice as often as any other (a
 * story between two countries has no home country to read a bare title in). For titles that name no
 * country ("Finance Minister Yaw Mensah", "the mayor") in a domestic story.
 */
export function homeCountry(
  dictionary: ActorDictionary,
  text: string,
  tokens: readonly Token[],
  date: string | undefined,
  alsoNamed: ReadonlyMap<string, number> = new Map(),
): string | undefined {
  const words = tokens.map((token) => text.slice(token.start, token.end));
  const counts = new Map(alsoNamed);
  for (let at = 0; at < words.length; at++) {
    if (!/^\p{Lu}/u.test(words[at] as string)) continue;
    for (let k = Math.min(MAX_COUNTRY_WORDS, words.length - at); k >= 1; k--) {
      const country = countryOf(dictionary, words.slice(at, at + k), date);
      if (country === undefined) continue;
      counts.set(country, (counts.get(country) ?? 0) + 1);
      at += k - 1;
      break;
    }
  }
  const [first, second] = [...counts].sort((a, b) => b[1] - a[1]);
  if (first === undefined) return undefined;
  return second === undefined || first[1] >= DOMINANCE * second[1] ? first[0] : undefined;
}

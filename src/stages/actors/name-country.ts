import type { ActorDictionary } from './actor-dictionary.js';
import { countryCodes } from './country-codes.js';
import { perDictionary } from './per-dictionary.js';

/** The country that a name's words point to has at least this share of their weight among the candidates. */
const MIN_SHARE = 0.75;

/**
 * The one country among `candidates` (the countries an article names) that a person's name
 * points to, by the people of each country in the actor dictionary whose names share its words:
 * "Wang Yi" in an article about China and the United States is Chinese, since the dictionary's
 * Wangs are Chinese and Taiwanese. Undefined when no candidate's people share a word of the name,
 * or when no candidate has three quarters of those that do. Only for a person whose title says
 * what they are but not whose ("Foreign Minister Wang Yi"), in an article about several countries.
 */
export function nameCountry(
  dictionary: ActorDictionary,
  name: string,
  candidates: Iterable<string>,
): string | undefined {
  const index = nameIndex(dictionary);
  const words = new Set(name.toLowerCase().split(/\s+/).filter(Boolean));
  let total = 0;
  let best: [string, number] | undefined;
  for (const country of candidates) {
    let weight = 0;
    for (const word of words) weight += index.get(word)?.get(country) ?? 0;
    total += weight;
    if (weight > 0 && (best === undefined || weight > best[1])) best = [country, weight];
  }
  return best !== undefined && best[1] >= MIN_SHARE * total ? best[0] : undefined;
}

/**
 * Each word of the dictionary's names of two words or more (people, mostly) and, by country, how
 * many actors of one country's code have it; built once per dictionary.
 */
const nameIndex = perDictionary((dictionary): ReadonlyMap<string, ReadonlyMap<string, number>> => {
  const countries = countryCodes(dictionary);
  const built = new Map<string, Map<string, number>>();
  for (const actor of dictionary.actors) {
    const owners = new Set(actor.codes.map(({ code }) => code.slice(0, 3)));
    const [country] = owners;
    const name = actor.variants[0] ?? [];
    if (owners.size !== 1 || country === undefined || !countries.has(country) || name.length < 2) continue;
    if (actor.codes.some(({ code }) => code === country)) continue;
    for (const word of new Set(name.map((word) => word.toLowerCase()))) {
      const byCountry = built.get(word) ?? new Map<string, number>();
      built.set(word, byCountry);
      byCountry.set(country, (byCountry.get(country) ?? 0) + 1);
    }
  }
  return built;
});

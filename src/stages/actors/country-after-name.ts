import type { ActorDictionary } from './actor-dictionary.js';
import { countryOf } from './country-codes.js';

/** A country after "of" has at most this many words ("the United Arab Emirates" less "the"). */
const MAX_COUNTRY_WORDS = 3;

/**
 * The country written after a name with "of": "Foreign Minister Sameh Shoukry of Egypt" -> EGY.
 * `after` are the words just after the name. The country must end there, so "of Egypt's
 * ministry" or "of South Sudan" read as "Sudan" give nothing wrong: the longest country wins and a
 * possessive after it gives none.
 */
export function countryAfterName(
  dictionary: ActorDictionary,
  after: readonly string[],
  date: string | undefined,
): string | undefined {
  if (after[0]?.toLowerCase() !== 'of') return undefined;
  const first = after[1]?.toLowerCase() === 'the' ? 2 : 1;
  for (let k = MAX_COUNTRY_WORDS; k >= 1; k--) {
    if (first + k > after.length) continue;
    const next = after[first + k];
    if (next !== undefined && (/^\p{Lu}/u.test(next) || /^['’]/.test(next))) continue;
    const country = countryOf(dictionary, after.slice(first, first + k), date);
    if (country !== undefined) return country;
  }
  return undefined;
}

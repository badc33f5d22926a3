import type { ActorDictionary } from './actor-dictionary.js';
import { countryOf } from './country-codes.js';
import { lookupAgentVariants } from './lookup-agent-variants.js';
import { officeRole } from './office-role.js';
import { countryBefore } from './title-code.js';

/** Nouns for who leads or speaks for an organisation: "head of", "chief of", "spokesman for". */
const LEADER_WORDS = new Set([
  'head',
  'chief',
  'leader',
  'director',
  'commander',
  'chairman',
  'chairwoman',
  'chair',
  'president',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'minister',
  'secretary',
  'deputy',
  'officer',
  'official',
  'representative',
  'envoy',
]);

/** True when `words` end with a leader noun and "of" or "for" ("the head of"). */
export function endsWithLeaderOf(words: readonly string[]): boolean {
  const last = words.at(-1)?.toLowerCase();
  return (last === 'of' || last === 'for') && LEADER_WORDS.has(words.at(-2)?.toLowerCase() ?? '');
}

/** True when `word` is a leader noun ("head", "chief"). */
export function isLeaderWord(word: string): boolean {
  return LEADER_WORDS.has(word.toLowerCase());
}

/**
 * The code of an organisation the dictionary does not know, from its country and the agent nouns
 * in its name. The country is a country or demonym opening the name ("Russian Defence Ministry"),
 * or written just before it ("Russia's Military Police Directorate", "Russian head of Police
 * Directorate"). The role is the agent noun in the name; when there are several, MIL wins
 * (a military police is part of the armed forces, as CAMEO codes it), otherwise the first.
 * Both are needed, or there is no code.
 */
export function organisationCode(
  dictionary: ActorDictionary,
  before: readonly string[],
  nameWords: readonly string[],
  date: string | undefined,
): string | undefined {
  let rest = nameWords;
  let country: string | undefined;
  for (let k = Math.min(3, nameWords.length - 1); k >= 1 && country === undefined; k--) {
    country = countryOf(dictionary, nameWords.slice(0, k), date);
    if (country !== undefined) rest = nameWords.slice(k);
  }
  country ??= countryBefore(dictionary, before, date);
  if (country === undefined && endsWithLeaderOf(before))
    country = countryBefore(dictionary, before.slice(0, -2), date);
  if (country === undefined) return undefined;
  const role = qualifierRole(before) ?? organisationRole(dictionary, rest);
  return role === undefined ? undefined : country + role;
}

/** Words written just before an organisation's name that say its role: "the opposition Labour Party". */
const QUALIFIER_ROLES: Readonly<Record<string, string>> = { opposition: 'OPP' };

/** The role that the word just before an organisation's name gives it ("opposition" -> OPP), if any. */
export function qualifierRole(before: readonly string[]): string | undefined {
  return QUALIFIER_ROLES[before.at(-1)?.toLowerCase() ?? ''];
}

/** Words of a trade union's name; a name with "party" is a party ("Labour Party"), not a union. */
const UNION_WORDS = new Set(['labour', 'labor', 'union', 'unions', 'workers', 'trade', 'trades']);

/**
 * The role of the agent nouns in an organisation's name, longest match first; one with MIL wins
 * ("Military Police", MILCOP, is MIL; "defence ministry" GOVMIL), then GOV for any other ministry
 * ("the trade ministry"), then LAB for a trade union's name ("Nigeria Labour Congress", whose
 * "Congress" alone would be a legislature).
 */
export function organisationRole(dictionary: ActorDictionary, words: readonly string[]): string | undefined {
  const roles: string[] = [];
  for (let at = 0; at < words.length; at++) {
    for (let k = Math.min(3, words.length - at); k >= 1; k--) {
      const role = lookupAgentVariants(dictionary, words.slice(at, at + k));
      if (role === undefined) continue;
      roles.push(officeRole(role));
      at += k - 1;
      break;
    }
  }
  const military = roles.find((role) => role.includes('MIL'));
  if (military !== undefined) return military.slice(0, military.indexOf('MIL') + 3);
  const lower = words.map((word) => word.toLowerCase());
  // "Ministry of Environment and Tourism": the agent dictionary gives "Ministry of Environment" the
  // sector alone (ENV, as for a green group), but a ministry is the government's; "the trade
  // ministry" or "the labour ministry" too, whose first word would make a union of it.
  if (lower.includes('ministry') && roles.length > 0) return 'GOV';
  if (lower.some((word) => UNION_WORDS.has(word)) && !lower.includes('party')) return 'LAB';
  return roles[0];
}

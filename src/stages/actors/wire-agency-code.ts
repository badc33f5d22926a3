import type { ActorDictionary } from './actor-dictionary.js';
import { findActorCode } from './find-actor-code.js';
import { isLeaderWord } from './organisation-code.js';

/**
 * How wire copy describes UN agencies instead of naming them ("the UN refugee agency"), each with
 * the name the dictionary knows the agency by.
 */
const DESCRIPTIONS: readonly (readonly [readonly string[], string])[] = [
  [['refugee', 'agency'], 'UNHCR'],
  [["children's", 'agency'], 'UNICEF'],
  [["children's", 'fund'], 'UNICEF'],
  [['nuclear', 'watchdog'], 'IAEA'],
  [['development', 'agency'], 'UNDP'],
];
const UN = new Set(['un', 'u.n.', 'united nations']);
const POSSESSIVE = new Set(["'s", '’s', "'", '’']);
/** Words between the agency and the leader's title ("'s representative"), at most. */
const MAX_TITLE_GAP = 3;

/**
 * The code of a UN agency that a title phrase describes the wire's way, before a leader's or
 * spokesperson's title ("The UN refugee agency's representative in Jordan", "UN children's agency
 * spokesman"): its staff speak for it. Undefined when the phrase describes no such agency.
 */
export function wireAgencyCode(
  dictionary: ActorDictionary,
  phrase: readonly string[],
  date: string | undefined,
): string | undefined {
  const lower = joinPossessives(phrase.map((word) => word.toLowerCase()));
  for (let at = 0; at < lower.length; at++) {
    const un = UN.has(lower[at] as string)
      ? 1
      : lower[at] === 'united' && lower[at + 1] === 'nations'
        ? 2
        : 0;
    if (un === 0) continue;
    for (const [words, name] of DESCRIPTIONS) {
      const after = at + un;
      if (!words.every((word, k) => lower[after + k] === word || lower[after + k] === `${word}'s`)) continue;
      const rest = lower.slice(after + words.length, after + words.length + MAX_TITLE_GAP);
      if (!rest.some((word) => isLeaderWord(word))) continue;
      return findActorCode(dictionary, [name], date);
    }
  }
  return undefined;
}

/** "children", "'s" -> "children's"; "agency", "’s" -> "agency's". */
function joinPossessives(words: readonly string[]): string[] {
  const joined: string[] = [];
  for (const word of words) {
    if (POSSESSIVE.has(word) && joined.length > 0) joined[joined.length - 1] += "'s";
    else joined.push(word.replace(/’/g, "'"));
  }
  return joined;
}

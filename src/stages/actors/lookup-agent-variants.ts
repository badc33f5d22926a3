import { type ActorDictionary, lookupAgent } from './actor-dictionary.js';

/** British spellings whose American form is the one the agent dictionary lists ("DEFENSE_FORCE"). */
const AMERICAN: Readonly<Record<string, string>> = { defence: 'defense' };

/**
 * An agent noun of an organisation's name as written, or in American spelling, or with its last
 * word singular: "Kenya Defence Forces" has "Defence Forces", which the dictionary lists only as
 * DEFENSE_FORCE (MIL).
 */
export function lookupAgentVariants(
  dictionary: ActorDictionary,
  words: readonly string[],
): string | undefined {
  const american = words.map((word) => AMERICAN[word.toLowerCase()] ?? word);
  const last = american.at(-1) ?? '';
  const singular = /[^s]s$/i.test(last) ? [...american.slice(0, -1), last.slice(0, -1)] : american;
  return (
    lookupAgent(dictionary, words) ?? lookupAgent(dictionary, american) ?? lookupAgent(dictionary, singular)
  );
}

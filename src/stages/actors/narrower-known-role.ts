import { type ActorDictionary, lookupAgent } from './actor-dictionary.js';
import { officeRole } from './office-role.js';
import { perDictionary } from './per-dictionary.js';

/**
 * True when a person the dictionary codes `known` on the date is titled only by a bare head noun
 * whose role `known` narrows, and that noun heads a longer title of the narrower role: "Riad
 * Salameh, the governor of Banque du Liban," keeps LBNGOVBUS ("central bank governor"), not the
 * bare "governor"'s GOV. A title written with its portfolio ("Finance Minister Christine Lagarde")
 * says the office itself, and beats the dictionary.
 */
export function keepsNarrowerKnownRole(
  dictionary: ActorDictionary,
  phrases: readonly (readonly string[])[],
  role: string,
  known: string,
): boolean {
  const narrower = known.slice(3);
  if (narrower === role || !narrower.startsWith(role)) return false;
  return phrases.some((phrase) => {
    const head = phrase.at(-1)?.toLowerCase() ?? '';
    if (lookupAgent(dictionary, [head]) === undefined) return false;
    if (phrase.length >= 2 && lookupAgent(dictionary, phrase.slice(-2)) !== undefined) return false;
    return headedRoles(dictionary).get(head)?.has(narrower) === true;
  });
}

/** The roles of the agent nouns of several words, by their last word ("governor" -> GOV, GOVBUS). */
const headedRoles = perDictionary((dictionary): ReadonlyMap<string, ReadonlySet<string>> => {
  const roles = new Map<string, Set<string>>();
  for (const [key, agent] of dictionary.agentsByWords) {
    const words = key.split(' ');
    if (words.length < 2) continue;
    const head = words.at(-1) as string;
    const found = roles.get(head) ?? new Set<string>();
    roles.set(head, found);
    found.add(officeRole(agent.roleCode));
  }
  return roles;
});

import type { Token } from '../../document/annotations.js';
import { type ActorDictionary, lookupAgent } from './actor-dictionary.js';
import { officeRole } from './office-role.js';
import { perDictionary } from './per-dictionary.js';

/** A title of two or three words ("central bank governor"). */
const MIN_WORDS = 2;
const MAX_WORDS = 3;

/** The title of the head of a body written out: "the central bank" says which governor "Governor X" is. */
const BODY_HEADS: Readonly<Record<string, string>> = { bank: 'governor' };

/**
 * The titles an article writes out in full without a name after them ("Central bank governor
 * says", "the central bank governor"), as the role of each title's last word: "governor" ->
 * GOVBUS. A body written out gives its head's title the body's role ("Ghana's central bank": the
 * governor is GOVBUS). A last word that two such titles of different roles share maps to null.
 * These say which governor a bare "Governor Kwabena Asante" is.
 */
export function describedRoles(
  text: string,
  tokens: readonly Token[],
  dictionary: ActorDictionary,
): Map<string, string | null> {
  const words = tokens.map((token) => text.slice(token.start, token.end));
  const lastWords = titleLastWords(dictionary);
  const roles = new Map<string, string | null>();
  for (let last = MIN_WORDS - 1; last < words.length; last++) {
    if (!lastWords.has((words[last] as string).toLowerCase())) continue;
    if (/^\p{Lu}/u.test(words[last + 1] ?? '')) continue;
    for (let k = Math.min(MAX_WORDS, last + 1); k >= MIN_WORDS; k--) {
      const found = lookupAgent(dictionary, words.slice(last - k + 1, last + 1));
      if (found === undefined) continue;
      const head = (words[last] as string).toLowerCase();
      const role = officeRole(found);
      for (const title of [head, BODY_HEADS[head]]) {
        if (title === undefined) continue;
        const known = roles.get(title);
        roles.set(title, known === undefined || known === role ? role : null);
      }
      break;
    }
  }
  return roles;
}

/** The last words of the dictionary's agent nouns of MIN_WORDS to MAX_WORDS words: where a title can end. */
const titleLastWords = perDictionary((dictionary): ReadonlySet<string> => {
  const found = new Set<string>();
  for (const key of dictionary.agentsByWords.keys()) {
    const parts = key.split(' ');
    if (parts.length >= MIN_WORDS && parts.length <= MAX_WORDS) found.add(parts.at(-1) as string);
  }
  return found;
});

import type { ActorDictionary } from './actor-dictionary.js';
import { isDefaultCode } from './code-on-date.js';
import { perDictionary } from './per-dictionary.js';

/** Words an acronym skips ("Food and Agriculture Organization" is FAO). */
const SKIPPED = new Set(['of', 'and', 'for', 'the', 'on', '&']);

/**
 * The code of the international organisation whose name an acronym stands for ("WHO" for the
 * World Health Organization), from the initials of the dictionary's names of IGO actors
 * with an undated code. Undefined for a word that is no acronym (three to six capitals), and when no
 * name, or names of several codes, have those initials.
 */
export function acronymCode(dictionary: ActorDictionary, words: readonly string[]): string | undefined {
  if (words.length !== 1 || !/^[A-Z]{3,6}$/.test(words[0] as string)) return undefined;
  return acronymIndex(dictionary).get(words[0] as string) ?? undefined;
}

const acronymIndex = perDictionary((dictionary): ReadonlyMap<string, string | null> => {
  const built = new Map<string, string | null>();
  for (const actor of dictionary.actors) {
    const code = actor.codes.find(isDefaultCode)?.code;
    if (code === undefined || !code.startsWith('IGO')) continue;
    for (const variant of actor.variants) {
      const initials = variant.filter((word) => !SKIPPED.has(word.toLowerCase())).map((word) => word[0]);
      if (initials.length < 2 || !initials.every((letter) => /[A-Z]/.test(letter ?? ''))) continue;
      const acronym = initials.join('');
      const known = built.get(acronym);
      built.set(acronym, known === undefined || known === code ? code : null);
    }
  }
  return built;
});

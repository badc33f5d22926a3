import type { ActorDictionary, KnownActor } from './actor-dictionary.js';
import { codeOnDate } from './code-on-date.js';
import { perDictionary } from './per-dictionary.js';

interface LooseIndex {
  /** A loose key of a name variant of two words or more -> the actors with it. */
  byName: ReadonlyMap<string, readonly KnownActor[]>;
  /** The same for the variants of three words or more without their last word ("abiy ahmed" of "Abiy Ahmed Ali"). */
  byShortened: ReadonlyMap<string, readonly KnownActor[]>;
}

/**
 * The code on `date` of the one actor whose name is a person's name of two words or more written
 * otherwise: without accents or hyphens, with another transliteration of a Slavic ending
 * ("Volodymyr Zelensky" for the dictionary's "Volodymyr Zelenski", "Yoon Suk Yeol" for "Yoon
 * Suk-yeol"), or else without the dictionary name's last word ("Abiy Ahmed" for "Abiy Ahmed
 * Ali"). Undefined when no such actor has a code on the date, or two with different codes do.
 */
export function looseNameCode(
  dictionary: ActorDictionary,
  words: readonly string[],
  date: string | undefined,
): string | undefined {
  if (date === undefined || words.length < 2) return undefined;
  const index = looseIndex(dictionary);
  const key = looseKey(words);
  return onlyCode(index.byName.get(key), date) ?? onlyCode(index.byShortened.get(key), date);
}

function onlyCode(actors: readonly KnownActor[] | undefined, date: string): string | undefined {
  const codes = new Set<string>();
  for (const actor of actors ?? []) {
    const code = codeOnDate(actor.codes, date);
    if (code !== undefined) codes.add(code.code);
  }
  return codes.size === 1 ? [...codes][0] : undefined;
}

/** Lower case, accents dropped, hyphens as spaces, "-skyy", "-skiy" and "-ski" as "-sky". */
export function looseKey(words: readonly string[]): string {
  return words
    .join(' ')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[\s\-‐‑]+/)
    .filter(Boolean)
    .map((word) => word.replace(/sk(?:yy|iy|yi|ii|i)$/, 'sky'))
    .join(' ');
}

const looseIndex = perDictionary((dictionary): LooseIndex => {
  const byName = new Map<string, KnownActor[]>();
  const byShortened = new Map<string, KnownActor[]>();
  const add = (map: Map<string, KnownActor[]>, key: string, actor: KnownActor) => {
    const list = map.get(key) ?? [];
    if (!list.includes(actor)) list.push(actor);
    map.set(key, list);
  };
  for (const actor of dictionary.actors) {
    for (const variant of actor.variants) {
      const key = looseKey(variant);
      const count = key.split(' ').length;
      if (count < 2) continue;
      add(byName, key, actor);
      if (count >= 3) add(byShortened, key.slice(0, key.lastIndexOf(' ')), actor);
    }
  }
  return { byName, byShortened };
});

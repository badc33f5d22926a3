import type { ActorDictionary, KnownActor } from './actor-dictionary.js';
import { codeOnDate } from './code-on-date.js';
import { looseKey } from './loose-name-code.js';
import { perDictionary } from './per-dictionary.js';

/** Words after a surname that are no part of it ("Ferdinand Marcos Jr."). */
const SUFFIXES = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv']);

/** Titles of a head of state or government, the last words of the title before the name. */
const HEAD_TITLES = ['president', 'prime minister', 'premier', 'chancellor'];

/**
 * The code of the one head of state or government in office on `date` (the dictionary's Wikidata
 * heads) whose surname is the last word of `nameWords`, for a person titled as a head ("President
 * Ferdinand Marcos Jr." is Wikidata's "Bongbong Marcos", in office in 2022). News gives heads the
 * name readers know them by, which is often not the one the dictionary has; the title and the
 * date narrow the surname to one office. Undefined for another title, or when no head or two
 * with different codes hold office that day with the surname.
 */
export function headBySurnameCode(
  dictionary: ActorDictionary,
  title: readonly string[],
  nameWords: readonly string[],
  date: string | undefined,
): string | undefined {
  if (date === undefined || !isHeadTitle(title)) return undefined;
  const surname = surnameOf(nameWords);
  if (surname === undefined) return undefined;
  const codes = new Set<string>();
  for (const actor of headIndex(dictionary).get(surname) ?? []) {
    const code = codeOnDate(actor.codes, date);
    if (code !== undefined && code.from !== undefined && code.code.endsWith('GOV')) codes.add(code.code);
  }
  return codes.size === 1 ? [...codes][0] : undefined;
}

/** Words before a head's title that make it another office ("Deputy Prime Minister", "former President"). */
const NOT_HEAD = new Set(['deputy', 'vice', 'former', 'ex', 'acting', 'late']);

function isHeadTitle(title: readonly string[]): boolean {
  const words = title.map((word) => word.toLowerCase());
  if (words.some((word) => NOT_HEAD.has(word))) return false;
  const text = words.join(' ');
  return HEAD_TITLES.some((head) => text === head || text.endsWith(` ${head}`));
}

function surnameOf(words: readonly string[]): string | undefined {
  const kept = words.filter((word) => !SUFFIXES.has(word.toLowerCase()));
  const last = kept.at(-1);
  return last === undefined ? undefined : looseKey([last]);
}

const headIndex = perDictionary((dictionary): ReadonlyMap<string, readonly KnownActor[]> => {
  const built = new Map<string, KnownActor[]>();
  for (const actor of dictionary.actors) {
    if (!actor.sources.some((source) => source.startsWith('wikidata:'))) continue;
    for (const variant of actor.variants) {
      const surname = variant.length >= 2 ? surnameOf(variant) : undefined;
      if (surname === undefined) continue;
      const list = built.get(surname) ?? [];
      if (!list.includes(actor)) list.push(actor);
      built.set(surname, list);
    }
  }
  return built;
});

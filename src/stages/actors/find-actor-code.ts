import { type ActorDictionary, lookupActor } from './actor-dictionary.js';
import { isDefaultCode } from './code-on-date.js';

/**
 * The CAMEO code of the dictionary actor named exactly `words` (ignoring case) on `date` (ISO).
 * Without a date only default (undated) codes count: a dated code cannot be checked, so it is not
 * guessed. Undefined when no actor has that name, or none has a code that applies.
 */
export function findActorCode(
  dictionary: ActorDictionary,
  words: readonly string[],
  date: string | undefined,
): string | undefined {
  if (words.length === 0) return undefined;
  if (date !== undefined) return lookupActor(dictionary, words, date)?.code;
  const lowerWords = words.map((word) => word.toLowerCase());
  let fallback: string | undefined;
  for (const variant of dictionary.variantsByFirstWord.get(lowerWords[0] as string) ?? []) {
    if (variant.lowerWords.length !== lowerWords.length) continue;
    if (!variant.lowerWords.every((word, at) => word === lowerWords[at])) continue;
    const code = variant.actor.codes.find(isDefaultCode)?.code;
    if (code === undefined) continue;
    if (variant.isName) return code;
    fallback ??= code;
  }
  return fallback;
}

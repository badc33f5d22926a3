import { type ActorDictionary, codesOf, lookupActor } from './actor-dictionary.js';
import { codeOnDate, isDefaultCode } from './code-on-date.js';

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

/**
 * True when the dictionary knows the person named `words` only by offices that ended before
 * `date` (ISO): every dated code is over, and the code on the date is the undated default
 * ("Jens Stoltenberg" in 2019 is NORELI, his Norwegian terms having ended in 2013). Such a code
 * says who the person was, not the office held that day.
 */
export function isPastOfficeCode(
  dictionary: ActorDictionary,
  words: readonly string[],
  date: string | undefined,
): boolean {
  if (date === undefined || words.length === 0) return false;
  const match = lookupActor(dictionary, words, date);
  if (match === undefined) return false;
  const codes = codesOf(dictionary, match.actorId);
  const day = date.slice(0, 10);
  const dated = codes.filter((code) => !isDefaultCode(code));
  const current = codeOnDate(codes, date);
  return (
    dated.length > 0 &&
    dated.every((code) => code.to !== undefined && code.to < day) &&
    current !== undefined &&
    isDefaultCode(current)
  );
}

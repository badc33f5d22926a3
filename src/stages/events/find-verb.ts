import type { Word } from './sentence-words.js';
import { type VerbDictionary, type VerbEntry, verbsForLemma } from './verb-dictionary.js';

/** A dictionary verb found in a sentence: the entry, and its words (`first` to `last`). */
export interface FoundVerb {
  entry: VerbEntry;
  /** The verb word itself. */
  at: number;
  first: number;
  last: number;
}

/** Words between the verb word and the rest of a multi-word verb ("took the matter up"). */
const MAX_GAP = 2;

/**
 * The dictionary verb whose word is `words[at]`, when that word is used as a verb. A multi-word
 * verb whose other words are there ("meet with", "ask for") beats the single word; among equals
 * the dictionary's order decides (the entries whose lemma the word is come first).
 */
export function findVerb(
  dictionary: VerbDictionary,
  words: readonly Word[],
  at: number,
): FoundVerb | undefined {
  const word = words[at] as Word;
  if (word.pos !== 'VERB') return undefined;
  let entries = verbsForLemma(dictionary, word.lower);
  if (entries.length === 0 && word.lemma !== word.lower) entries = verbsForLemma(dictionary, word.lemma);
  let single: FoundVerb | undefined;
  let best: FoundVerb | undefined;
  for (const entry of entries) {
    if (entry.before.length === 0 && entry.after.length === 0) {
      single ??= { entry, at, first: at, last: at };
      continue;
    }
    const first = matchBefore(words, at, entry.before);
    const last = matchAfter(words, at, entry.after);
    if (first === undefined || last === undefined) continue;
    const length = entry.before.length + entry.after.length;
    if (!best || length > best.entry.before.length + best.entry.after.length)
      best = { entry, at, first, last };
  }
  return best ?? single;
}

function matchAfter(words: readonly Word[], at: number, after: readonly string[]): number | undefined {
  let position = at;
  for (const wanted of after) {
    let found: number | undefined;
    for (let next = position + 1; next <= position + 1 + MAX_GAP && next < words.length; next++) {
      const word = words[next] as Word;
      if (word.lower === wanted || word.lemma === wanted) {
        found = next;
        break;
      }
      if (word.pos === 'PUNCT' || word.pos === 'VERB') break;
    }
    if (found === undefined) return undefined;
    position = found;
  }
  return position;
}

function matchBefore(words: readonly Word[], at: number, before: readonly string[]): number | undefined {
  let position = at;
  for (let index = before.length - 1; index >= 0; index--) {
    const previous = words[position - 1];
    if (!previous || (previous.lower !== before[index] && previous.lemma !== before[index])) return undefined;
    position--;
  }
  return position;
}

import type { Word } from './sentence-words.js';

/**
 * A noun phrase of a sentence: words `first` to `last` (inclusive). Phrases are maximal runs of
 * determiners, adjectives, nouns, names, numbers, pronouns and possessive markers, with `of`
 * phrases attached ("the head of Russia's Military Police Directorate") and `from` phrases
 * ("soldiers from Gondor").
 */
export interface Phrase {
  first: number;
  last: number;
}

const PHRASE_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON', 'X', 'SYM']);
const POSSESSIVE = new Set(["'s", '’s', "'", '’']);
/** Pronouns that stand for a whole phrase, never part of a longer one. */
const PERSONAL = new Set(['i', 'you', 'he', 'she', 'it', 'we', 'they', 'me', 'him', 'her', 'us', 'them']);
/** "it", "they", but not "US" the country. */
function isPersonal(word: Word): boolean {
  return word.pos === 'PRON' && PERSONAL.has(word.lower);
}

/** Pronouns that open a clause rather than name someone. */
export const RELATIVE_PRONOUNS = new Set(['who', 'whom', 'which', 'that', 'whose', 'what']);

function inPhrase(word: Word): boolean {
  if (POSSESSIVE.has(word.lower) && word.pos === 'PART') return true;
  if (!PHRASE_POS.has(word.pos)) return false;
  if (word.pos === 'PRON' && RELATIVE_PRONOUNS.has(word.lower)) return false;
  // "a farmer whose field lay …": the tagger's determiner "whose" opens a relative clause all the same.
  if (word.lower === 'whose') return false;
  return /[\p{L}\p{N}]/u.test(word.text) || POSSESSIVE.has(word.lower);
}

/**
 * The sentence's noun phrases in text order, and for each word the index of its phrase (-1 when
 * it is in none). A phrase never starts with a possessive marker; `X of Y` is one phrase.
 */
export function findPhrases(words: readonly Word[]): { phrases: Phrase[]; phraseOf: Int32Array } {
  const phrases: Phrase[] = [];
  const phraseOf = new Int32Array(words.length).fill(-1);
  let at = 0;
  while (at < words.length) {
    if (!inPhrase(words[at] as Word) || POSSESSIVE.has((words[at] as Word).lower)) {
      at++;
      continue;
    }
    let last = at;
    for (;;) {
      // A personal pronoun is a phrase of its own ("the effect it would have": "the effect", "it").
      if (isPersonal(words[last] as Word)) break;
      while (
        last + 1 < words.length &&
        inPhrase(words[last + 1] as Word) &&
        !isPersonal(words[last + 1] as Word)
      )
        last++;
      // "X of Y", "soldiers from Gondor": the `of` or `from` phrase belongs to X.
      const of = words[last + 1];
      const after = words[last + 2];
      if (
        (of?.lower === 'of' || of?.lower === 'from') &&
        after &&
        inPhrase(after) &&
        !POSSESSIVE.has(after.lower)
      ) {
        last += 2;
        continue;
      }
      break;
    }
    const index = phrases.length;
    phrases.push({ first: at, last });
    phraseOf.fill(index, at, last + 1);
    at = last + 1;
  }
  return { phrases, phraseOf };
}

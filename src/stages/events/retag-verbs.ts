import type { Word } from './sentence-words.js';
import { type VerbDictionary, verbsForLemma } from './verb-dictionary.js';

/** Words after which a bare form is a verb: modals and the infinitive's `to`. */
const MODALS = new Set(['will', 'would', 'can', 'could', 'shall', 'should', 'may', 'might', 'must', 'to']);
const BE_FORMS = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being', 'am']);

/**
 * The sentence's words with the dictionary verbs the tagger read as adjectives or nouns where only
 * a verb can stand made verbs again: right after a modal or `to` ("it would free 150 prisoners"),
 * or a participle between a form of "be" and the agent's `by` ("is being pressured by Congress").
 * Done before phrases are found, so that the verb does not open its object's noun phrase.
 */
export function retagVerbs(words: readonly Word[], verbs: VerbDictionary): Word[] {
  return words.map((word, at) =>
    isMistaggedVerb(words, at) &&
    (verbsForLemma(verbs, word.lower).length > 0 || verbsForLemma(verbs, word.lemma).length > 0)
      ? { ...word, pos: 'VERB' }
      : word,
  );
}

function isMistaggedVerb(words: readonly Word[], at: number): boolean {
  const word = words[at] as Word;
  if (word.pos !== 'ADJ' && word.pos !== 'NOUN') return false;
  let before = at - 1;
  while (words[before]?.pos === 'ADV' || words[before]?.lower === 'not') before--;
  const previous = words[before];
  if (!previous) return false;
  if (MODALS.has(previous.lower) && (previous.pos === 'AUX' || previous.pos === 'PART')) return true;
  return (
    word.pos === 'ADJ' &&
    word.lower.endsWith('ed') &&
    BE_FORMS.has(previous.lower) &&
    words[at + 1]?.lower === 'by'
  );
}

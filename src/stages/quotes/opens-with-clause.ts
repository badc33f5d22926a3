import type { SentenceReading } from '../events/sentence-reading.js';
import type { Word } from '../events/sentence-words.js';

/** A subject read forward to its verb has at most this many words ("the war in Ukraine and rising US interest rates"). */
const MAX_SUBJECT_WORDS = 12;

/**
 * True when the words at `from` open a clause: a noun phrase, which may go on with prepositional
 * phrases and "and" ("the war in Ukraine and rising US interest rates"), and then its verb ("had
 * pushed"), before any comma. An object ("confirmed the talks"), an infinitive ("vowed to act") or
 * a relative clause ("a famine that could kill") opens none. "About" or "nearly" before a number
 * opens the noun phrase of that number ("said about 3,000 jobs were at risk"). A verb right after "and" is the cue's
 * own second verb ("welcomed the plan and said"), not the subject's.
 */
export function opensWithClause(reading: SentenceReading, from: number): boolean {
  const { words, phraseOf } = reading;
  // "said about 3,000 jobs were at risk": a word that makes a number approximate opens its phrase.
  if (APPROXIMATORS.has(words[from]?.lower ?? '') && words[from + 1]?.pos === 'NUM')
    return opensWithClause(reading, from + 1);
  if ((phraseOf[from] ?? -1) < 0) return false;
  for (let at = from + 1; at < words.length && at <= from + MAX_SUBJECT_WORDS; at++) {
    const word = words[at] as Word;
    if ((phraseOf[at] ?? -1) >= 0) continue;
    // "the national clean-air programme": a hyphen inside a word the tagger split.
    if (isHyphen(word) && words[at - 1]?.end === word.start && words[at + 1]?.start === word.end) continue;
    // "the briquettes that replaced it were cheaper": a relative clause with its verb and object
    // inside the subject, when a verb of the subject's own follows.
    const relative = relativeClauseEnd(reading, at);
    if (relative !== undefined) {
      at = relative;
      continue;
    }
    // "people to be extradited": a passive infinitive after a noun describes it.
    if (isPassiveInfinitive(words, at)) {
      at += 2;
      continue;
    }
    if (word.pos === 'AUX' || (word.pos === 'VERB' && !word.lower.endsWith('ing')))
      return words[at - 1]?.pos !== 'CCONJ' && words[at - 1]?.lower !== 'to';
    // "rising US interest rates": a participle before a noun describes it.
    const isModifier = word.pos === 'VERB' && (phraseOf[at + 1] ?? -1) >= 0;
    if (!isModifier && word.pos !== 'ADP' && word.pos !== 'CCONJ') return false;
  }
  return false;
}

/** "to be" and a participle at `at`, after a noun of the subject ("people to be extradited"). */
function isPassiveInfinitive(words: readonly Word[], at: number): boolean {
  return (
    words[at]?.lower === 'to' &&
    words[at + 1]?.lower === 'be' &&
    words[at + 2]?.pos === 'VERB' &&
    /(ed|en|wn)$/.test(words[at + 2]?.lower ?? '') &&
    words[at - 1]?.pos === 'NOUN'
  );
}

function isHyphen(word: Word): boolean {
  return /^[-‐‑]$/.test(word.text);
}

/**
 * The last word of a relative clause at `at` ("that replaced it", "who lost their homes"): a
 * relative pronoun after a noun, its verb, and the phrase that is its object.
 */
function relativeClauseEnd(reading: SentenceReading, at: number): number | undefined {
  const { words, phraseOf, phrases } = reading;
  const word = words[at] as Word;
  if (!RELATIVE.has(word.lower) || words[at - 1]?.pos !== 'NOUN' || words[at + 1]?.pos !== 'VERB')
    return undefined;
  const object = phrases[phraseOf[at + 2] ?? -1];
  return object ? object.last : at + 1;
}

const RELATIVE = new Set(['that', 'which', 'who']);

/** Words before a number that make it approximate ("about 3,000", "nearly 40"). */
const APPROXIMATORS = new Set(['about', 'around', 'nearly', 'almost', 'roughly', 'some', 'over']);

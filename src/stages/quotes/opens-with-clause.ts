import type { SentenceReading } from '../events/sentence-reading.js';
import type { Word } from '../events/sentence-words.js';

/** A subject read forward to its verb has at most this many words ("the war in Ukraine and rising US interest rates"). */
const MAX_SUBJECT_WORDS = 12;

/**
 * True when the words at `from` open a clause: a noun phrase, which may go on with prepositional
 * phrases and "and" ("the war in Ukraine and rising US interest rates"), and then its verb ("had
 * pushed"), before any comma. An object ("confirmed the talks"), an infinitive ("vowed to act") or
 * a relative clause ("a famine that could kill", "the effect it would have") opens none. "About"
 * or "nearly" before a number opens the noun phrase of that number ("said about 3,000 jobs were at
 * risk"). A verb right after "and" is the cue's own second verb ("welcomed the plan and said"),
 * not the subject's.
 */
export function opensWithClause(reading: SentenceReading, from: number): boolean {
  const { words, phraseOf } = reading;
  // "said about 3,000 jobs were at risk": a word that makes a number approximate opens its phrase.
  if (APPROXIMATORS.has(words[from]?.lower ?? '') && words[from + 1]?.pos === 'NUM')
    return opensWithClause(reading, from + 1);
  if ((phraseOf[from] ?? -1) < 0) return false;
  for (let at = from + 1; at < words.length && at <= from + MAX_SUBJECT_WORDS; at++) {
    const word = words[at] as Word;
    // "the effect it would have": a relative clause without "that", its subject a pronoun right
    // after the noun it describes; the subject's own verb must come after it.
    const zeroRelative = zeroRelativeEnd(reading, from, at);
    if (zeroRelative !== undefined) {
      at = zeroRelative;
      continue;
    }
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

/** Pronouns that can open a relative clause without "that" ("the plan they backed"). */
const SUBJECT_PRONOUNS = new Set(['i', 'you', 'he', 'she', 'it', 'we', 'they']);
/** Nouns of time that a cue's adjunct ends with ("said last week it would"), not a subject's noun. */
export const TIME_NOUNS = new Set([
  'week',
  'month',
  'year',
  'weekend',
  'night',
  'morning',
  'afternoon',
  'evening',
  'day',
]);

/**
 * The last word of a relative clause without "that" at `at` ("the effect it would have", "the
 * plan they backed"): a subject pronoun right after a noun of the subject that began at `from`,
 * and the pronoun's verbs. A noun of time before the pronoun ends the cue's adjunct instead
 * ("said last week it would").
 */
function zeroRelativeEnd(reading: SentenceReading, from: number, at: number): number | undefined {
  const { words } = reading;
  const noun = words[at - 1];
  if (at <= from || !SUBJECT_PRONOUNS.has((words[at] as Word).lower)) return undefined;
  if (noun?.pos !== 'NOUN' || TIME_NOUNS.has(noun.lower.replace(/s$/, ''))) return undefined;
  // Its verbs: auxiliaries ("would", "had not"), then one main verb ("have", "backed").
  let last = at;
  while (words[last + 1]?.pos === 'AUX' || words[last + 1]?.pos === 'PART') last++;
  if (words[last + 1]?.pos === 'VERB') last++;
  return last > at ? last : undefined;
}

/** Words before a number that make it approximate ("about 3,000", "nearly 40"). */
const APPROXIMATORS = new Set(['about', 'around', 'nearly', 'almost', 'roughly', 'some', 'over']);

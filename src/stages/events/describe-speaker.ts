import type { Phrase } from './phrases.js';
import type { SentenceReading } from './sentence-reading.js';
import type { Word } from './sentence-words.js';
import type { Speaker } from './speaker-of-cue.js';

/** Words a description does not start with ("the prime minister" is "prime minister"). */
const LEADING = new Set(['a', 'an', 'the', 'one']);
/** Words that alone describe no one. */
const NOT_SPEAKERS = new Set(['it', 'this', 'that', 'there', 'which', 'what']);

/** Prepositions that attach a phrase to the description before it ("a taxi driver in Jakarta", "a vendor outside the station"). */
const ATTACHING = new Set([
  'in',
  'at',
  'from',
  'of',
  'for',
  'with',
  'on',
  'near',
  'outside',
  'beside',
  'behind',
  'inside',
]);
/** Steps back over prepositions, participles and relative clauses from a description's last phrase. */
const MAX_STEPS = 6;
/** Words between "who" and the end of a description's relative clause ("a trader who sells rice and cooking oil"). */
const MAX_RELATIVE_WORDS = 10;

/**
 * The first word of the description that ends with phrase `index`: back over a relative clause
 * ("a trader who sells rice and cooking oil"), a preposition ("a taxi driver in Jakarta"), a
 * participle ("a man carrying a sack of rice") or a hyphen ("a 71-year-old resident") to the
 * phrase they belong to, when that is no actor's name.
 */
function descriptionStart(reading: SentenceReading, index: number): number {
  const { words, phraseOf, phrases, mentionOf } = reading;
  let first = (phrases[index] as Phrase).first;
  const headBefore = (at: number): number | undefined => {
    const head = phrases[phraseOf[at] ?? -1];
    return head && !mentionOf[head.last] ? head.first : undefined;
  };
  for (let steps = 0; steps < MAX_STEPS; steps++) {
    first = modifiersStart(words, first);
    const before = words[first - 1];
    if (!before) break;
    let found: number | undefined;
    if (
      before.pos === 'ADP' &&
      ATTACHING.has(before.lower) &&
      words[first - 2] &&
      isParticiple(words[first - 2] as Word)
    )
      // "a mother waiting with her son": a participle with no object of its own before the preposition.
      found = headBefore(first - 3);
    else if (
      before.text === '-' ||
      (before.pos === 'ADP' && ATTACHING.has(before.lower)) ||
      isParticiple(before)
    )
      found = headBefore(first - 2);
    else if (isInsideName(reading, first - 1)) {
      // "the Ministry of Energy and Mineral Resources": an "and" inside one name splits no description.
      found = phrases[phraseOf[first - 2] ?? -1]?.first;
    } else {
      for (let at = first - 1; at >= 1 && at >= first - MAX_RELATIVE_WORDS; at--) {
        const word = words[at] as Word;
        if (word.pos === 'PUNCT') break;
        if (word.lower === 'who') {
          found = headBefore(at - 1);
          break;
        }
      }
    }
    if (found === undefined) break;
    first = found;
  }
  return first;
}

/** Possessive pronouns that open a noun phrase the chunker may leave them out of ("her son"). */
const POSSESSIVES = new Set(['his', 'her', 'their', 'its', 'my', 'our']);

/**
 * The start of a phrase with the modifiers the chunker left out of it: a possessive pronoun ("her
 * son") and a past participle after an article ("a closed primary school").
 */
function modifiersStart(words: readonly Word[], first: number): number {
  const before = words[first - 1];
  if (before && POSSESSIVES.has(before.lower)) return first - 1;
  const article = words[first - 2];
  if (before?.pos === 'VERB' && before.lower.endsWith('ed') && article && LEADING.has(article.lower))
    return first - 2;
  return first;
}

/** A present participle that goes on from the noun before it: "a vendor selling bread". */
function isParticiple(word: Word): boolean {
  return word.pos === 'VERB' && word.lower.endsWith('ing');
}

/** True when word `at` (an "and", say) lies inside the actor mention that goes on after it. */
function isInsideName(reading: SentenceReading, at: number): boolean {
  const mention = reading.mentionOf[at];
  return (
    mention !== undefined && mention === reading.mentionOf[at - 1] && mention === reading.mentionOf[at + 1]
  );
}

/** The words of the description that ends with phrase `index` ("a senior Iranian official"), without its leading article; none for a bare pronoun. */
export function describe(reading: SentenceReading, index: number): Speaker | undefined {
  const { words } = reading;
  const phrase = reading.phrases[index] as Phrase;
  let first = descriptionStart(reading, index);
  while (first < phrase.last && LEADING.has((words[first] as Word).lower)) first++;
  if (first === phrase.last && NOT_SPEAKERS.has((words[first] as Word).lower)) return undefined;
  return { start: (words[first] as Word).start, end: (words[phrase.last] as Word).end };
}

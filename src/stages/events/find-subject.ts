import { readVerbFrame, type VerbFrame } from './clause.js';
import type { Participant } from './participants.js';
import type { Phrase } from './phrases.js';
import type { FoundEvent, Memory, SentenceReading } from './sentence-reading.js';
import type { Word } from './sentence-words.js';

/** The subject of the verb: the phrase before it, its antecedent, or the subject it shares. */
export function findSubject(
  reading: SentenceReading,
  verb: number,
  frame: VerbFrame,
  memory: Memory,
): Participant[] {
  const { words, phraseOf } = reading;
  if (frame.relative !== undefined) {
    let at = frame.relative - 1;
    if (words[at]?.text === ',') at--;
    return at >= 0 && (phraseOf[at] ?? -1) >= 0 ? coordinatedBefore(reading, phraseOf[at] as number) : [];
  }
  if (frame.coordinated !== undefined) {
    return findSubject(reading, frame.coordinated, readVerbFrame(words, frame.coordinated), memory);
  }
  const at = skipBrackets(words, frame.subjectEnd);
  const word = words[at];
  if (word?.text === ',') {
    const interrupted = subjectBeforeParenthesis(reading, at);
    if (interrupted.length > 0) return interrupted;
  }
  if (!word || word.text === ',') {
    // A participle clause: "…, stating that" or "Addressing the press, Netanyahu warned".
    const verbWord = words[verb] as Word;
    return verbWord.lower.endsWith('ing') ? (memory.mainSubject ?? []) : [];
  }
  if (word.text === ':' && at > 0) {
    return [];
  }
  const index = skipTimePhrases(reading, phraseOf[at] ?? -1);
  if (index < 0) return [];
  if (reading.bothSides.has(index)) return bothSides(memory);
  // "a week of fighting between the army and M23 rebels has left": the phrases before the verb
  // are the object of a preposition, and the subject is the noun the preposition belongs to.
  const head = headBeforePreposition(reading, index);
  if (head !== undefined) return head < 0 ? [] : coordinatedBefore(reading, head);
  const found = coordinatedBefore(reading, index);
  if (found.length === 0 && isBarePronoun(reading, index)) {
    // "Ethiopia indicated it deplored Libya": the pronoun of a reported clause is its speaker;
    // "Egypt and Jordan said they…", all of its speakers.
    const speakers = reading.speakersOf(verb);
    if (speakers.length > 0) return isPlural(reading, index) ? speakers : speakers.slice(0, 1);
  }
  return found;
}

/**
 * When the coordination that ends with phrase `index` follows a preposition, the phrase that
 * preposition belongs to (-1 when there is none); undefined when no preposition comes before.
 */
function headBeforePreposition(reading: SentenceReading, index: number): number | undefined {
  const { words, phrases, phraseOf } = reading;
  let first = (phrases[index] as Phrase).first;
  let listed = false;
  for (let steps = 0; steps < 10; steps++) {
    const joiner = words[first - 1];
    // Commas join a list only once an `and` has ("in Jerusalem, Netanyahu warned" is no list).
    const joins =
      joiner && (joiner.lower === 'and' || joiner.lower === 'or' || (listed && joiner.text === ','));
    if (!joins) break;
    listed = true;
    const previous = phraseOf[first - 2] ?? -1;
    if (previous < 0) break;
    first = (phrases[previous] as Phrase).first;
  }
  const preposition = words[first - 1];
  if (preposition?.pos !== 'ADP' || !NOUN_PREPOSITIONS.has(preposition.lower)) return undefined;
  return phraseOf[first - 2] ?? -1;
}

/** Prepositions that attach a phrase to a noun ("fighting between…"), not ones that open a clause ("as", "after"). */
const NOUN_PREPOSITIONS = new Set([
  'of',
  'between',
  'with',
  'in',
  'from',
  'for',
  'among',
  'against',
  'near',
  'inside',
  'outside',
  'within',
  'at',
  'on',
  'by',
  'over',
  'under',
]);

const THIRD_PERSON = new Set(['it', 'they', 'he', 'she']);

function isPlural(reading: SentenceReading, index: number): boolean {
  return (reading.words[(reading.phrases[index] as Phrase).first] as Word).lower === 'they';
}

function isBarePronoun(reading: SentenceReading, index: number): boolean {
  const phrase = reading.phrases[index] as Phrase;
  return phrase.first === phrase.last && THIRD_PERSON.has((reading.words[phrase.first] as Word).lower);
}

/** Words that make a phrase a time ("on Wednesday", "Tuesday", "last week"), not a party. */
const TIME_WORDS =
  /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|overnight|week|weekend|month|year|morning|afternoon|evening|night|january|february|march|april|may|june|july|august|september|october|november|december)$/;

function isTimePhrase(reading: SentenceReading, index: number): boolean {
  const phrase = reading.phrases[index] as Phrase;
  return TIME_WORDS.test((reading.words[phrase.last] as Word).lower) && !reading.participants[index];
}

/** Steps back over time phrases before a verb ("Israel on Wednesday released"), with their preposition. */
function skipTimePhrases(reading: SentenceReading, index: number): number {
  let current = index;
  for (let steps = 0; current >= 0 && steps < 3 && isTimePhrase(reading, current); steps++) {
    let before = (reading.phrases[current] as Phrase).first - 1;
    if (reading.words[before]?.pos === 'ADP') before--;
    current = before >= 0 ? (reading.phraseOf[before] ?? -1) : -1;
  }
  return current;
}

/** Steps back over a bracketed aside that ends at `at` ("the European Union (EU) agree"). */
function skipBrackets(words: readonly Word[], at: number): number {
  if (words[at]?.text !== ')') return at;
  for (let open = at - 1; open >= 0 && open >= at - 12; open--)
    if (words[open]?.text === '(') return open - 1;
  return at;
}

/** Words a parenthesis between a subject and its verb may hold ("Turkey, which …, accused"). */
const MAX_PARENTHESIS = 25;

/**
 * The subject before a parenthesis that ends at the comma `close`: a relative clause or an
 * apposition set off by commas ("Turkey, which attacked Syria on Friday, accused Greece").
 */
function subjectBeforeParenthesis(reading: SentenceReading, close: number): Participant[] {
  const { words, phraseOf } = reading;
  for (let at = close - 1; at >= 1 && at >= close - MAX_PARENTHESIS; at--) {
    const word = words[at] as Word;
    if (word.text !== ',') continue;
    const opener = words[at + 1] as Word;
    let index = phraseOf[at - 1] ?? -1;
    if (index < 0) return [];
    // "The US commander in Iraq, General David Petraeus,": the head before the place phrase.
    const first = (reading.phrases[index] as Phrase).first;
    const preposition = words[first - 1];
    if (preposition?.pos === 'ADP' && (phraseOf[first - 2] ?? -1) >= 0) index = phraseOf[first - 2] as number;
    // A relative clause, an apposition, or an aside that opens with a preposition ("in remarks published on Monday").
    const opensClause =
      RELATIVE_OPENERS.has(opener.lower) ||
      phraseOf[at + 1] === phraseOf[close - 1] ||
      isApposition(reading, at + 1, close) ||
      opener.pos === 'ADP';
    return opensClause ? coordinatedBefore(reading, index) : [];
  }
  return [];
}

const RELATIVE_OPENERS = new Set(['who', 'which', 'whose', 'whom']);

/** Prepositional phrases an apposition may end with ("a rights group in Guayaquil"). */
const MAX_APPOSITION_PREPOSITIONS = 2;

/**
 * True when words `first` up to the comma `close` are one phrase, with up to two prepositional
 * phrases after it, a participle aside: "the capital", "a charity based in Cusco".
 */
function isApposition(reading: SentenceReading, first: number, close: number): boolean {
  const { words, phrases, phraseOf } = reading;
  let index = phraseOf[first] ?? -1;
  for (let steps = 0; index >= 0; steps++) {
    let after = (phrases[index] as Phrase).last + 1;
    if (after === close) return true;
    // "a charity based in Cusco": a participle before the preposition.
    if (words[after]?.pos === 'VERB' && words[after]?.lower.endsWith('ed')) after++;
    if (steps === MAX_APPOSITION_PREPOSITIONS || words[after]?.pos !== 'ADP') return false;
    index = phraseOf[after + 1] ?? -1;
  }
  return false;
}

/** The phrase and those coordinated before it ("Israel and Russia", "US and British activists"). */
function coordinatedBefore(reading: SentenceReading, index: number): Participant[] {
  const { words, phrases, phraseOf, participants } = reading;
  const found: Participant[] = [];
  let current: number | undefined = index;
  let listed = false;
  while (current !== undefined) {
    const participant = participants[current];
    if (participant) found.unshift(participant);
    const phrase = phrases[current] as Phrase;
    const joiner = words[phrase.first - 1];
    // "Mordor, Rohan, Fornost and Bree": commas join once an `and` has.
    const joins =
      joiner && (joiner.lower === 'and' || joiner.lower === 'or' || (listed && joiner.text === ','));
    if (!joins) break;
    listed = true;
    let before = phrase.first - 2;
    if (words[before]?.text === ',') before--;
    const previous = before >= 0 ? (phraseOf[before] ?? -1) : -1;
    current = previous >= 0 ? previous : undefined;
  }
  return found;
}

/**
 * "Both sides": the sentence's main subject and its partner in the latest earlier event between
 * them, or else the two parties of the latest earlier event.
 */
function bothSides(memory: Memory): Participant[] {
  const main = memory.mainSubject?.length === 1 ? memory.mainSubject[0] : undefined;
  for (let at = memory.earlier.length - 1; at >= 0; at--) {
    const { source, target } = memory.earlier[at] as FoundEvent;
    if (!main) return [source, target];
    if (sameCountry(source, main)) return [main, target];
    if (sameCountry(target, main)) return [main, source];
  }
  return [];
}

function sameCountry(a: Participant, b: Participant): boolean {
  return a.actorId === b.actorId || (a.country !== null && a.country === b.country);
}

/** Words before a participle searched for the verb whose subject it shares. */
const MAX_SUBJECT_LOOKBACK = 60;

/**
 * The subject of the verb at `verb`, as the coder reads it; a participle ("…, stating") takes the
 * subject of the first verb before it that has one.
 */
export function subjectOfVerb(reading: SentenceReading, verb: number): Participant[] {
  const memory: Memory = { earlier: [] };
  for (let at = Math.max(0, verb - MAX_SUBJECT_LOOKBACK); at < verb; at++) {
    if ((reading.words[at] as Word).pos !== 'VERB') continue;
    const subject = findSubject(reading, at, readVerbFrame(reading.words, at), memory);
    if (subject.length > 0) {
      memory.mainSubject = subject;
      break;
    }
  }
  return findSubject(reading, verb, readVerbFrame(reading.words, verb), memory);
}

import type { Participant } from './participants.js';
import type { Phrase } from './phrases.js';
import { type SentenceReading, sameParty } from './sentence-reading.js';
import type { Word } from './sentence-words.js';

/** Prepositions whose object is a place, not a party to the event ("anywhere in Syria"). */
const LOCATIVE = new Set([
  'in',
  'inside',
  'near',
  'across',
  'throughout',
  'within',
  'around',
  'outside',
  'during',
]);

const DASHES = new Set(['–', '—', '--']);

function startsVerbPhrase(words: readonly Word[], at: number): boolean {
  let next = at;
  while (words[next]?.pos === 'ADV') next++;
  const word = words[next];
  return word !== undefined && (word.pos === 'VERB' || word.pos === 'AUX');
}

/** The phrase and those coordinated after it ("with Putin and with Pompeo", "X, Y and Z"). */
export function coordinatedFrom(reading: SentenceReading, index: number): Participant[] {
  const { words, phrases, participants } = reading;
  const found: Participant[] = [];
  let current: number | undefined = index;
  for (let steps = 0; current !== undefined && steps < 20; steps++) {
    const appositive = appositiveOf(reading, current);
    if (appositive !== undefined) current = appositive;
    const participant = participants[current];
    if (participant) found.push(participant);
    const phrase = phrases[current] as Phrase;
    let next = phrase.last + 1;
    const comma = words[next]?.text === ',';
    if (comma) next++;
    const joined = words[next]?.lower === 'and' || words[next]?.lower === 'or';
    if (joined) next++;
    else if (!comma) break;
    if (words[next]?.pos === 'ADP') next++;
    const following = phraseStartingAt(reading, next);
    // A comma alone joins a list only when an `and` closes it later ("X, Y and Z").
    if (following !== undefined && !joined && !listContinues(reading, following)) break;
    current = following;
  }
  return found;
}

function phraseStartingAt(reading: SentenceReading, at: number): number | undefined {
  const index = reading.phraseOf[at] ?? -1;
  return index >= 0 && (reading.phrases[index] as Phrase).first === at ? index : undefined;
}

function listContinues(reading: SentenceReading, index: number): boolean {
  const after = reading.words[(reading.phrases[index] as Phrase).last + 1];
  return after !== undefined && (after.text === ',' || after.lower === 'and' || after.lower === 'or');
}

/**
 * A named actor set off by commas right after the phrase, which then stands for it: "the head of
 * Russia's Military Police Directorate, Vladimir Ivanovsky, who…" is Ivanovsky.
 */
function appositiveOf(reading: SentenceReading, index: number): number | undefined {
  const { words, phrases, participants } = reading;
  const phrase = phrases[index] as Phrase;
  if (words[phrase.last + 1]?.text !== ',') return undefined;
  const next = phraseStartingAt(reading, phrase.last + 2);
  if (next === undefined) return undefined;
  const named = participants[next];
  if (!named || named.actorId === null) return undefined;
  const own = participants[index];
  if (own && own.actorId !== null && (own.code?.length ?? 0) > (named.code?.length ?? 0)) return undefined;
  // "Mordor, Rohan, Fornost and Bree" is a list, not a name set off by commas.
  const after = words[(phrases[next] as Phrase).last + 1];
  if (after && (after.lower === 'and' || after.lower === 'or')) return undefined;
  if (after?.text === ',') {
    const following = words[(phrases[next] as Phrase).last + 2];
    if (!following || following.lower === 'and' || following.lower === 'or') return undefined;
    if (phraseStartingAt(reading, (phrases[next] as Phrase).last + 2) !== undefined) return undefined;
  } else if (after && after.pos !== 'PUNCT' && after.lower !== 'who') return undefined;
  return next;
}

/** The first phrase after the verb that names a party other than the sources, and those coordinated with it. */
export function findTargets(
  reading: SentenceReading,
  from: number,
  end: number,
  sources: readonly Participant[],
  reciprocal = false,
): Participant[] {
  const found = firstParty(reading, from, end, sources, false);
  // Nobody named but a place: the place is the target ("staged a protest in Beijing"). Coordinated
  // subjects of a cooperative act run between them ("agreed to strengthen coordination in Syria")
  // unless the place is the verb's only complement ("will meet in Zurich"), as PETRARCH-2 takes a
  // verb phrase's own prepositional phrase for its object.
  if (found.length > 0) return found;
  if (sources.length > 1 && reciprocal && !opensWithPreposition(reading.words, from)) return found;
  return firstParty(reading, from, end, sources, true);
}

/** True when the words after the verb open with a preposition, past adverbs ("met yesterday in"). */
function opensWithPreposition(words: readonly Word[], from: number): boolean {
  let at = from;
  while (words[at]?.pos === 'ADV') at++;
  return words[at]?.pos === 'ADP';
}

function firstParty(
  reading: SentenceReading,
  from: number,
  end: number,
  sources: readonly Participant[],
  places: boolean,
): Participant[] {
  const { words, phrases, phraseOf, participants } = reading;
  for (let at = from; at < end; at++) {
    const word = words[at] as Word;
    if (DASHES.has(word.text)) {
      // "take action – and are already taking action – against": read past the aside.
      const close = words.findIndex(
        (other, index) => index > at && index < at + 12 && DASHES.has(other.text),
      );
      if (close > at) at = close;
      continue;
    }
    // "discussed regional issues and focused on Syria": the next verb has objects of its own.
    if (word.pos === 'CCONJ' && startsVerbPhrase(words, at + 1)) return [];
    const index = phraseOf[at] ?? -1;
    if (index < 0) continue;
    const phrase = phrases[index] as Phrase;
    if (phrase.first !== at) continue;
    at = phrase.last;
    const after = words[phrase.last + 1];
    // A phrase followed by its own verb is the subject of a reported clause, not an object.
    if (after && (after.pos === 'AUX' || (after.pos === 'VERB' && !after.lower.endsWith('ing')))) return [];
    const participant = participants[index];
    if (!participant) continue;
    const before = words[phrase.first - 1];
    if (before && LOCATIVE.has(before.lower) && (!places || before.lower === 'during')) continue;
    if (sources.some((source) => sameParty(source, participant))) continue;
    return coordinatedFrom(reading, index);
  }
  return [];
}

/** The agent of a passive verb: the phrase after `by`. */
export function findAgentOfPassive(reading: SentenceReading, from: number, end: number): Participant[] {
  const { words, phraseOf } = reading;
  for (let at = from; at < end - 1 && at < from + 8; at++) {
    if ((words[at] as Word).lower !== 'by') continue;
    const index = phraseOf[at + 1] ?? -1;
    return index >= 0 ? coordinatedFrom(reading, index) : [];
  }
  return [];
}

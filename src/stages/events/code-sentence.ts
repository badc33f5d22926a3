import type { Span } from '../../document/span.js';
import {
  clauseEnd,
  clauseStart,
  isParticiple,
  readVerbFrame,
  underCondition,
  type VerbFrame,
} from './clause.js';
import { type FoundVerb, findVerb } from './find-verb.js';
import { type MatchContext, matchPatterns } from './match-pattern.js';
import { demandCode, intentCode, threatCode } from './modal-codes.js';
import type { Participant } from './participants.js';
import type { Phrase } from './phrases.js';
import type { Word } from './sentence-words.js';
import { applyTransformations, type CodedVerb } from './transform-reported.js';
import type { VerbDictionary } from './verb-dictionary.js';

/** One sentence, read: its words, phrases and who each phrase names. */
export interface SentenceReading extends MatchContext {
  sentence: Span;
  /** Phrases such as "both sides", which name the two parties of an earlier event. */
  bothSides: ReadonlySet<number>;
  /** Who speaks the words of this sentence that are quoted or attributed, by word index. */
  speakerOf: (wordIndex: number) => Participant | undefined;
}

/** An event found in a sentence, before codes are looked up and ids given. */
export interface FoundEvent {
  source: Participant;
  target: Participant;
  code: string;
  /** The words of the verb ("met with"). */
  verb: Span;
  negated: boolean;
  hypothetical: boolean;
  confidence: number;
}

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

/** What the sentence's subject search remembers between verbs. */
interface Memory {
  /** The subject of the sentence's first coded clause, for participles ("…, stating"). */
  mainSubject?: Participant[];
  /** Events of earlier sentences, most recent last, for "both sides". */
  earlier: readonly FoundEvent[];
}

/**
 * Codes every dictionary verb of the sentence that has a source and a target. Verbs that govern
 * an infinitive which is itself coded ("pledged to expel") leave the event to it; obligations
 * ("Iran needs to withdraw") are coded as the speaker's demand, and only when there is a speaker.
 */
export function codeSentence(
  reading: SentenceReading,
  verbs: VerbDictionary,
  earlier: readonly FoundEvent[],
): FoundEvent[] {
  const { words } = reading;
  const memory: Memory = { earlier };
  const found: CodedVerb[] = [];
  const governorsCoded = new Set<number>();
  for (let at = 0; at < words.length; at++) {
    const verb = findVerb(verbs, words, at);
    if (!verb) continue;
    if (governsObligation(words, verb.last)) continue;
    const frame = readVerbFrame(words, at);
    const events = codeVerb(reading, verb, frame, memory);
    for (const event of events) found.push({ event, at, lemma: verb.entry.lemma, governor: frame.governor });
    if (events.length > 0 && frame.governor !== undefined) governorsCoded.add(frame.governor);
    at = verb.last;
  }
  const kept = found.filter(({ at }) => !governorsCoded.has(at));
  const subjectOf = (verb: number) => subjectOfVerb(reading, verb)[0];
  return applyTransformations(reading, verbs.transformations, kept, subjectOf, sameParty).map(
    ({ event }) => event,
  );
}

/** "needs to", "has to": the verb is a modal here, not an act of its own. */
function governsObligation(words: readonly Word[], last: number): boolean {
  const word = words[last] as Word;
  const next = words[last + 1];
  return (word.lemma === 'need' || word.lemma === 'have') && next?.lower === 'to';
}

function codeVerb(reading: SentenceReading, verb: FoundVerb, frame: VerbFrame, memory: Memory): FoundEvent[] {
  const { words } = reading;
  if (frame.requested) return [];
  // "…, killing at least eight people": a participle adjunct describes; it is not coded.
  const verbWord = words[verb.at] as Word;
  if (verbWord.lower.endsWith('ing') && words[verb.first - 1]?.text === ',' && frame.governor === undefined)
    return [];
  // "officials accused of…", "victims killed by the crash", "soldiers killed in Ukraine": a
  // participle right after its noun, before `by` or another preposition, is passive.
  const next = words[verb.last + 1];
  if (
    !frame.passive &&
    frame.subjectEnd === verb.at - 1 &&
    isParticiple(verbWord) &&
    (next?.lower === 'by' ||
      (next?.pos === 'ADP' && words[verb.at - 1]?.pos === 'NOUN' && mainVerbLater(words, verb.last)))
  )
    frame = { ...frame, passive: true };
  const start = clauseStart(words, frame.governor ?? verb.first);
  const end = clauseEnd(words, verb.last + 1);
  const match = matchPatterns(reading, verb.entry.block.patterns, start, verb.first, verb.last, end);
  const dictionaryCode = match ? match.pattern.code : verb.entry.code;
  let code = dictionaryCode.active;
  let confidence = match ? 0.8 : 0.6;

  const subject = findSubject(reading, verb.at, frame, memory);
  if (subject.length > 0 && memory.mainSubject === undefined) memory.mainSubject = subject;

  let sources: Participant[];
  let targets: Participant[];
  if (frame.obligation) {
    const speaker = reading.speakerOf(verb.at);
    if (!speaker || subject.length === 0) return [];
    code = demandCode(verb.entry.lemma, code);
    sources = [speaker];
    targets = subject;
    confidence = 0.7;
  } else if (frame.passive) {
    const by = findAgentOfPassive(reading, verb.last + 1, end);
    if (by.length === 0 || code === null) return [];
    sources = by;
    targets = subject;
  } else {
    if (code === null) {
      // `[:100]`: the pattern's meaning runs from its object to its subject ("faces pressure from Congress").
      if (dictionaryCode.passive === null) return [];
      code = dictionaryCode.passive;
      sources = findTargets(reading, verb.last + 1, end, subject);
      targets = subject;
      confidence -= 0.1;
    } else {
      sources = subject;
      const slot = match?.target !== undefined ? coordinatedFrom(reading, match.target) : [];
      // A bare statement ("X said …", 010) is to no one unless a pattern names whom.
      const search = slot.length === 0 && code !== '010';
      targets = search ? findTargets(reading, verb.last + 1, end, sources, isReciprocal(code)) : slot;
    }
  }
  if (code === null || sources.length === 0) return [];
  // What someone says will be done is a statement of intent or a threat; narration of what will
  // happen ("The United States will supply arms") is coded as the act, as PETRARCH codes it.
  const announced = frame.future && reading.speakerOf(verb.at) !== undefined;
  if (!frame.obligation) {
    if (announced || (frame.intent && !isConflict(code))) code = intentCode(code);
    if (announced || frame.threat) code = threatCode(code);
  }

  const hypothetical = frame.supposed || underCondition(words, verb.at);
  const pairs: [Participant, Participant][] = [];
  if (targets.length === 0 && sources.length >= 2 && isReciprocal(code)) {
    // "Israel and Russia agreed": each toward the other.
    for (const source of sources)
      for (const target of sources) if (source !== target) pairs.push([source, target]);
    confidence -= 0.1;
  } else {
    for (const source of sources) for (const target of targets) pairs.push([source, target]);
  }
  const verbSpan = { start: (words[verb.first] as Word).start, end: (words[verb.last] as Word).end };
  // `[042:043]`: "A visits B" is also B hosting A; the dictionary's second code runs back.
  const back =
    dictionaryCode.active !== null && code === dictionaryCode.active ? dictionaryCode.passive : null;
  const events: FoundEvent[] = [];
  const push = (source: Participant, target: Participant, eventCode: string) => {
    const unsure = (source.actorId === null ? 0.1 : 0) + (target.actorId === null ? 0.1 : 0);
    events.push({
      source,
      target,
      code: eventCode,
      verb: verbSpan,
      negated: frame.negated,
      hypothetical,
      confidence: Math.max(0.1, Math.round((confidence - unsure) * 100) / 100),
    });
  };
  for (const [source, target] of pairs) {
    if (sameParty(source, target)) continue;
    push(source, target, code);
    const reverse = pairs.some(([a, b]) => a === target && b === source);
    if (back !== null && !reverse) push(target, source, back);
  }
  return events;
}

/**
 * True when the clause's own verb comes later ("Ten soldiers killed in Turkey were buried") or
 * the sentence opens with "There", so a participle before it modifies a noun.
 */
function mainVerbLater(words: readonly Word[], last: number): boolean {
  if (words[0]?.lower === 'there') return true;
  for (let at = last + 1; at < words.length; at++) {
    const word = words[at] as Word;
    if (word.pos === 'AUX') return true;
    if (word.pos === 'PUNCT' && word.text !== ',') return false;
  }
  return false;
}

/** Acts that coordinated subjects do to each other ("Israel and Russia agreed"): roots 03 to 06. */
function isReciprocal(code: string): boolean {
  const root = Number(code.slice(0, 2));
  return root >= 3 && root <= 6;
}

function isConflict(code: string): boolean {
  return Number(code.slice(0, 2)) >= 10;
}

function sameParty(a: Participant, b: Participant): boolean {
  if (a.actorId !== null && a.actorId === b.actorId) return true;
  return a.code !== null && a.code === b.code;
}

/** The subject of the verb: the phrase before it, its antecedent, or the subject it shares. */
function findSubject(
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
    // "Ethiopia indicated it deplored Libya": the pronoun of a reported clause is its speaker.
    const speaker = reading.speakerOf(verb);
    if (speaker) return [speaker];
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
  for (let steps = 0; steps < 10; steps++) {
    const joiner = words[first - 1];
    if (!joiner || !(joiner.lower === 'and' || joiner.lower === 'or' || joiner.text === ',')) break;
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

const DASHES = new Set(['–', '—', '--']);

function startsVerbPhrase(words: readonly Word[], at: number): boolean {
  let next = at;
  while (words[next]?.pos === 'ADV') next++;
  const word = words[next];
  return word !== undefined && (word.pos === 'VERB' || word.pos === 'AUX');
}

const THIRD_PERSON = new Set(['it', 'they', 'he', 'she']);

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
      RELATIVE_OPENERS.has(opener.lower) || phraseOf[at + 1] === phraseOf[close - 1] || opener.pos === 'ADP';
    return opensClause ? coordinatedBefore(reading, index) : [];
  }
  return [];
}

const RELATIVE_OPENERS = new Set(['who', 'which', 'whose', 'whom']);

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

/** The phrase and those coordinated after it ("with Putin and with Pompeo", "X, Y and Z"). */
function coordinatedFrom(reading: SentenceReading, index: number): Participant[] {
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
function findTargets(
  reading: SentenceReading,
  from: number,
  end: number,
  sources: readonly Participant[],
  reciprocal = false,
): Participant[] {
  const found = firstParty(reading, from, end, sources, false);
  // Nobody named but a place: the place is the target ("staged a protest in Beijing"), unless
  // coordinated subjects of a cooperative act make it run between them.
  if (found.length > 0 || (sources.length > 1 && reciprocal)) return found;
  return firstParty(reading, from, end, sources, true);
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
function findAgentOfPassive(reading: SentenceReading, from: number, end: number): Participant[] {
  const { words, phraseOf } = reading;
  for (let at = from; at < end - 1 && at < from + 8; at++) {
    if ((words[at] as Word).lower !== 'by') continue;
    const index = phraseOf[at + 1] ?? -1;
    return index >= 0 ? coordinatedFrom(reading, index) : [];
  }
  return [];
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

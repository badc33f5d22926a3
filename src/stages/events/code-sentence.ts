import {
  clauseEnd,
  clauseStart,
  isParticiple,
  readVerbFrame,
  underCondition,
  type VerbFrame,
} from './clause.js';
import { findSubject, subjectOfVerb } from './find-subject.js';
import { coordinatedFrom, findAgentOfPassive, findTargets } from './find-targets.js';
import { type FoundVerb, findVerb } from './find-verb.js';
import { matchPatterns } from './match-pattern.js';
import { demandCode, intentCode, threatCode } from './modal-codes.js';
import type { Participant } from './participants.js';
import { type FoundEvent, type Memory, type SentenceReading, sameParty } from './sentence-reading.js';
import type { Word } from './sentence-words.js';
import { applyTransformations, type CodedVerb } from './transform-reported.js';
import type { VerbDictionary } from './verb-dictionary.js';

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
    const requested = frame.requested === true;
    for (const event of events)
      found.push({ event, at, lemma: verb.entry.lemma, governor: frame.governor, requested });
    if (events.length > 0 && frame.governor !== undefined) governorsCoded.add(frame.governor);
    at = verb.last;
  }
  const kept = found.filter(({ at }) => !governorsCoded.has(at));
  const subjectOf = (verb: number) => subjectOfVerb(reading, verb);
  const transformed = applyTransformations(reading, verbs.transformations, kept, subjectOf, sameParty);
  // What one party asks of another is coded only as the dictionary transforms it ("Obama wants Putin
  // to attack Switzerland": Obama appeals to Putin, 021), and then instead of the asking verb's own event.
  const replaced = new Set(
    transformed.flatMap((coded) => (coded.requested && coded.outer !== undefined ? [coded.outer] : [])),
  );
  return transformed
    .filter((coded) => (coded.requested ? coded.outer !== undefined : !replaced.has(coded.at)))
    .map(({ event }) => event);
}

/** "needs to", "has to": the verb is a modal here, not an act of its own. */
function governsObligation(words: readonly Word[], last: number): boolean {
  const word = words[last] as Word;
  const next = words[last + 1];
  return (word.lemma === 'need' || word.lemma === 'have') && next?.lower === 'to';
}

function codeVerb(reading: SentenceReading, verb: FoundVerb, frame: VerbFrame, memory: Memory): FoundEvent[] {
  const { words } = reading;
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
  // Whether the sources are the verb's subject, who can act toward each other ("Israel and Russia
  // agreed"); those of a passive or of a pattern's inverse meaning ("enjoyed support from A and B") cannot.
  let subjectActs = false;
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
      subjectActs = true;
      const slot = match?.target !== undefined ? coordinatedFrom(reading, match.target) : [];
      // A bare statement ("X said …", 010) is to no one unless a pattern names whom.
      const search = slot.length === 0 && code !== '010';
      targets = search ? findTargets(reading, verb.last + 1, end, sources, isReciprocal(code)) : slot;
    }
  }
  if (code === null || sources.length === 0) return [];
  // What someone says will be done is a statement of intent or a threat; narration of what will
  // happen ("The United States will supply arms") is coded as the act, as PETRARCH codes it.
  // Reported speech turns "will" into "would" ("Israel announced it would free prisoners").
  const reported = reading.speakerOf(verb.at) !== undefined;
  const willReported = reported && frame.would === true;
  const announced = reported && (frame.future || willReported);
  if (!frame.obligation) {
    if (announced || (frame.intent && !isConflict(code))) code = intentCode(code);
    if (announced || frame.threat) code = threatCode(code);
  }

  const hypothetical = (frame.supposed && !willReported) || underCondition(words, verb.at);
  const pairs: [Participant, Participant][] = [];
  if (targets.length === 0 && subjectActs && sources.length >= 2 && isReciprocal(code)) {
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

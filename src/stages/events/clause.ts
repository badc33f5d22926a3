import { RELATIVE_PRONOUNS } from './phrases.js';
import type { Word } from './sentence-words.js';

/** Words that stand between a subject and its verb without changing who acts. */
const AUXILIARY_POS = new Set(['AUX', 'ADV', 'PART']);
const NEGATIONS = new Set(['not', "n't", 'never', 'no', 'neither', 'nor']);
const FUTURE = new Set(['will', "'ll", 'shall']);
const SUPPOSING = new Set(['would', 'could', 'might', 'may']);
const OBLIGATION = new Set(['must', 'should', 'need', 'needs', 'ought']);
/** Words before an infinitive that say it is coming or possible, not another act ("about to"). */
const SOON = new Set(['about', 'going', 'set', 'due', 'poised', 'likely', 'expected', 'able', 'scheduled']);
const BE_FORMS = new Set([
  'be',
  'is',
  'are',
  'was',
  'were',
  'been',
  'being',
  "'s",
  "'re",
  'am',
  'get',
  'got',
  'gets',
]);
/** Words that open a subordinate clause: a target is not sought past them. */
const SUBORDINATORS = new Set([
  'because',
  'while',
  'whereas',
  'although',
  'though',
  'if',
  'unless',
  'whether',
  'since',
  'so',
  'but',
  ...RELATIVE_PRONOUNS,
]);
const CLAUSE_MARKS = new Set([';', ':', '“', '”', '"', '«', '»', '(', ')', '—']);
/** Governing words whose infinitive states an intention: "plans to", "vowed to", "readiness to". */
const INTENT_GOVERNORS = new Set([
  'plan',
  'intend',
  'vow',
  'pledge',
  'promise',
  'threaten',
  'readiness',
  'ready',
  'prepared',
  'willing',
  'willingness',
  'decide',
  'aim',
  'seek',
  'want',
  'hope',
  'offer',
]);
/** Governors that state an intention ("pledged to send aid", "seeks to deepen ties"); readiness ("prepared to") does not. */
const COMMITMENTS = new Set([
  'vow',
  'pledge',
  'promise',
  'offer',
  'threaten',
  'plan',
  'intend',
  'seek',
  'want',
  'hope',
  'aim',
  'decide',
]);
const OBLIGATION_GOVERNORS = new Set(['need', 'have', 'has', 'had']);

/**
 * A clause is read at most this many words either side of its verb, so that a sentence of
 * thousands of words costs time in proportion to its length.
 */
const MAX_CLAUSE_WORDS = 40;

/** What the words before a verb say about it. */
export interface VerbFrame {
  /** Index of the word just before the subject search starts (-1 when none). */
  subjectEnd: number;
  negated: boolean;
  future: boolean;
  supposed: boolean;
  /** "would" and no other modal of supposition: in reported speech, the "will" of the words reported. */
  would?: boolean;
  obligation: boolean;
  intent: boolean;
  /** Governed by "threaten" ("threatened to impose sanctions"): a threat of the act. */
  threat: boolean;
  passive: boolean;
  /** Asked of its subject by someone else ("urged Iran to release"): not an act that happened. */
  requested?: boolean;
  /** The governing word when the verb is an infinitive ("agreed to strengthen": agreed). */
  governor?: number;
  /** The word joined to the verb by `and` ("met and discussed": met), whose subject it shares. */
  coordinated?: number;
  /** A relative pronoun before the verb ("who traveled"): its antecedent is the subject. */
  relative?: number;
}

/**
 * Walks left from the verb over auxiliaries, adverbs and particles ("has not yet", "will",
 * "needs to"), noting negation, modality and passive voice, and following infinitives to the
 * word that governs them, up to `depth` levels.
 */
export function readVerbFrame(words: readonly Word[], verb: number, depth = 3): VerbFrame {
  const frame: VerbFrame = {
    subjectEnd: verb - 1,
    negated: false,
    future: false,
    supposed: false,
    obligation: false,
    intent: false,
    threat: false,
    passive: false,
  };
  const verbWord = words[verb] as Word;
  let beSeen = false;
  let at = verb - 1;
  for (; at >= Math.max(0, verb - MAX_CLAUSE_WORDS); at--) {
    const word = words[at] as Word;
    if (word.lower === 'to' && word.pos === 'PART') {
      // "is about to restore", "is set to", "is going to": what is coming, said of the subject.
      const before = words[at - 1];
      if (before && SOON.has(before.lower)) {
        frame.future ||= before.lower !== 'able';
        at--;
        continue;
      }
      const governor = findGovernor(words, at - 1);
      if (governor !== undefined && depth > 0) {
        // "voiced readiness to": the noun's own verb carries the subject.
        const outer = readVerbFrame(words, verbOfNoun(words, governor) ?? governor, depth - 1);
        const lemma = (words[governor] as Word).lemma;
        return {
          ...outer,
          governor,
          intent: outer.intent || COMMITMENTS.has(lemma) || COMMITMENTS.has((words[governor] as Word).lower),
          threat: outer.threat || lemma === 'threaten' || lemma === 'vow',
          obligation:
            outer.obligation ||
            OBLIGATION_GOVERNORS.has(lemma) ||
            OBLIGATION_GOVERNORS.has((words[governor] as Word).lower),
          passive: false,
        };
      }
      // "urged Iran to release": what one party asks of another has not happened.
      frame.requested = true;
      at--;
      break;
    }
    if (!AUXILIARY_POS.has(word.pos) && !NEGATIONS.has(word.lower)) break;
    if (NEGATIONS.has(word.lower)) frame.negated = true;
    else if (FUTURE.has(word.lower)) frame.future = true;
    else if (SUPPOSING.has(word.lower)) {
      frame.would = word.lower === 'would' && (frame.would ?? !frame.supposed);
      frame.supposed = true;
    } else if (OBLIGATION.has(word.lower)) frame.obligation = true;
    else if (BE_FORMS.has(word.lower)) beSeen = true;
  }
  frame.subjectEnd = at;
  frame.passive = beSeen && isParticiple(verbWord);
  const stop = words[at];
  if (stop && RELATIVE_PRONOUNS.has(stop.lower) && stop.lower !== 'that') frame.relative = at;
  if (stop && (stop.lower === 'and' || stop.lower === 'or') && at > 0) {
    const previous = findPreviousVerb(words, at - 1);
    if (previous !== undefined) frame.coordinated = previous;
  }
  return frame;
}

/** The verb, noun or adjective an infinitive's `to` follows ("agreed", "readiness", "ready"). */
function findGovernor(words: readonly Word[], at: number): number | undefined {
  for (let index = at; index >= 0 && index >= at - 4; index--) {
    const word = words[index] as Word;
    if (word.pos === 'VERB' || (word.pos === 'AUX' && OBLIGATION_GOVERNORS.has(word.lower))) return index;
    if ((word.pos === 'NOUN' || word.pos === 'ADJ') && INTENT_GOVERNORS.has(word.lemma)) return index;
    // "vowed on Thursday to wage war": a time between the governor and its infinitive.
    const time =
      DAY_WORDS.test(word.lower) || (word.pos === 'ADP' && DAY_WORDS.test(words[index + 1]?.lower ?? ''));
    if (word.pos !== 'ADV' && !time) return undefined;
  }
  return undefined;
}

const DAY_WORDS = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight)$/;

/** The verb a noun or adjective governor is the object of ("voiced readiness"), when it is one. */
function verbOfNoun(words: readonly Word[], governor: number): number | undefined {
  if ((words[governor] as Word).pos === 'VERB') return undefined;
  for (let index = governor - 1; index >= 0 && index >= governor - 3; index--) {
    const word = words[index] as Word;
    if (word.pos === 'VERB') return index;
    if (word.pos !== 'DET' && word.pos !== 'ADJ' && word.pos !== 'PRON' && word.pos !== 'ADV')
      return undefined;
  }
  return undefined;
}

/**
 * The nearest verb before `at` in the same clause, for "X met and discussed"; not a gerund after a
 * preposition, which has no subject of its own ("accused the government of losing control … and said").
 */
function findPreviousVerb(words: readonly Word[], at: number): number | undefined {
  for (let index = at; index >= 0 && index >= at - 12; index--) {
    const word = words[index] as Word;
    if (word.pos === 'VERB' && !isGerundAfterPreposition(words, index)) return index;
    if (CLAUSE_MARKS.has(word.text) || SUBORDINATORS.has(word.lower)) return undefined;
  }
  return undefined;
}

function isGerundAfterPreposition(words: readonly Word[], at: number): boolean {
  return (words[at] as Word).lower.endsWith('ing') && words[at - 1]?.pos === 'ADP';
}

/** A past participle or simple past: a form other than the lemma, not `-ing` or `-s`. */
export function isParticiple(word: Word): boolean {
  return word.lower !== word.lemma && !word.lower.endsWith('ing') && !word.lower.endsWith('s');
}

/** Where the verb's clause ends: the first clause mark or subordinator after `from` (exclusive index). */
export function clauseEnd(words: readonly Word[], from: number): number {
  const limit = Math.min(words.length, from + MAX_CLAUSE_WORDS);
  for (let at = from; at < limit; at++) {
    const word = words[at] as Word;
    if (CLAUSE_MARKS.has(word.text)) return at;
    if (
      SUBORDINATORS.has(word.lower) &&
      (word.pos === 'SCONJ' || word.pos === 'PRON' || word.pos === 'CCONJ' || word.pos === 'DET')
    )
      if (word.lower !== 'that' || word.pos !== 'DET') return at;
  }
  return limit;
}

/** Where the verb's clause starts: just after the last clause mark or subordinator before it. */
export function clauseStart(words: readonly Word[], verb: number): number {
  const limit = Math.max(0, verb - MAX_CLAUSE_WORDS);
  for (let at = verb - 1; at >= limit; at--) {
    const word = words[at] as Word;
    if (CLAUSE_MARKS.has(word.text) || SUBORDINATORS.has(word.lower)) return at + 1;
  }
  return limit;
}

/** True when a condition governs the clause: "if" or "unless" earlier in the sentence. */
export function underCondition(words: readonly Word[], verb: number): boolean {
  for (let at = verb - 1; at >= Math.max(0, verb - MAX_CLAUSE_WORDS); at--) {
    const lower = (words[at] as Word).lower;
    if (lower === 'if' || lower === 'unless') return true;
  }
  return false;
}

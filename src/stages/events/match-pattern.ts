import type { Participant } from './participants.js';
import { candidatePatterns, patternIndex } from './pattern-index.js';
import type { Phrase } from './phrases.js';
import type { Word } from './sentence-words.js';
import type {
  NounPart,
  PatternPart,
  PatternToken,
  SynsetMember,
  VerbDictionary,
  VerbPattern,
} from './verb-dictionary.js';

/** The words of one sentence as the pattern matcher reads them. */
export interface MatchContext {
  words: readonly Word[];
  phrases: readonly Phrase[];
  phraseOf: Int32Array;
  /** The participant of each phrase, by phrase index. */
  participants: (Participant | undefined)[];
  synsets: VerbDictionary['synsets'];
}

/** A pattern that matched, and the phrases its `$` and `+` slots took. */
export interface PatternMatch {
  pattern: VerbPattern;
  score: number;
  /** Words from the verb to the farthest word the pattern took, both sides together. */
  reach: number;
  source?: number;
  target?: number;
}

interface Slots {
  score: number;
  source?: number;
  target?: number;
}

/** Words a preposition's object may lie after the preposition ("for further talks"). */
const OBJECT_REACH = 6;

/**
 * The best of the verb's patterns that matches the clause: its parts after the verb found in
 * order between `verbLast` and `end` (exclusive), its parts before the verb between `start` and
 * `verbFirst`, with other words allowed between them as TABARI allowed. The most specific match
 * wins (literal words count most), then the one whose words lie nearest the verb (PETRARCH-2 matches
 * a pattern's noun against the heads of the verb's own objects: in "staged a protest …, unfurling
 * Free Tibet banners" `* PROTEST` is the object, not `* FREE`), then the first in the dictionary.
 */
export function matchPatterns(
  context: MatchContext,
  patterns: readonly VerbPattern[],
  start: number,
  verbFirst: number,
  verbLast: number,
  end: number,
): PatternMatch | undefined {
  const present = new Set<string>();
  for (let at = start; at < end; at++) {
    const word = context.words[at] as Word;
    present.add(word.lower);
    present.add(word.lemma);
  }
  let best: PatternMatch | undefined;
  for (const position of candidatePatterns(patternIndex(patterns, context.synsets), present)) {
    const pattern = patterns[position] as VerbPattern;
    const slots: Slots = { score: 0 };
    const first = matchParts(context, pattern.before, start, verbFirst, slots);
    if (first === undefined) continue;
    const after = matchParts(context, pattern.after, verbLast + 1, end, slots);
    if (after === undefined) continue;
    const reach = (pattern.before.length > 0 ? verbFirst - first.first : 0) + (after.end - verbLast - 1);
    if (!best || slots.score > best.score || (slots.score === best.score && reach < best.reach))
      best = { pattern, ...slots, reach };
  }
  return best;
}

/**
 * Matches `parts` in order within [from, to); records slots and score into `slots`. The first word
 * matched and the index after the last, or undefined when the parts do not match.
 */
function matchParts(
  context: MatchContext,
  parts: readonly PatternPart[],
  from: number,
  to: number,
  slots: Slots,
): { first: number; end: number } | undefined {
  let cursor = from;
  let first = to;
  for (const part of parts) {
    let next: number | undefined;
    let start = cursor;
    if (part.kind === 'particle') {
      const word = context.words[cursor];
      next = word && cursor < to && word.lower === part.word ? cursor + 1 : undefined;
      if (next !== undefined) slots.score += 2;
    } else if (part.kind === 'noun') {
      for (let at = cursor; at < to && next === undefined; at++) {
        start = at;
        next = matchNoun(context, part, at, to, slots);
      }
    } else {
      for (let at = cursor; at < to && next === undefined; at++) {
        const word = context.words[at] as Word;
        if (!part.preposition.includes(word.lower)) continue;
        start = at;
        next = matchObjects(context, part.objects, at + 1, to, slots);
        if (next !== undefined) slots.score += 1;
      }
    }
    if (next === undefined) return undefined;
    first = Math.min(first, start);
    cursor = next;
  }
  return { first, end: cursor };
}

/** A preposition's objects, each within reach of the previous; the index after them. */
function matchObjects(
  context: MatchContext,
  objects: readonly NounPart[],
  from: number,
  to: number,
  slots: Slots,
): number | undefined {
  let cursor = from;
  for (const object of objects) {
    let next: number | undefined;
    const limit = Math.min(to, cursor + OBJECT_REACH);
    for (let at = cursor; at < limit && next === undefined; at++)
      next = matchNoun(context, object, at, to, slots);
    if (next === undefined) return undefined;
    cursor = next;
  }
  return cursor;
}

/** A noun part starting exactly at word `at`; the index after it. */
function matchNoun(
  context: MatchContext,
  part: NounPart,
  at: number,
  to: number,
  slots: Slots,
): number | undefined {
  // The part's tokens write into `slots` as they match; a part that fails halfway leaves it as it was.
  const { score, source, target } = slots;
  let cursor: number | undefined = at;
  for (const token of part.tokens) {
    cursor = cursor < to ? matchToken(context, token, cursor, to, slots) : undefined;
    if (cursor === undefined) break;
  }
  if (cursor !== undefined) return cursor;
  slots.score = score;
  slots.source = source;
  slots.target = target;
  return undefined;
}

function matchToken(
  context: MatchContext,
  token: PatternToken,
  at: number,
  to: number,
  slots: Slots,
): number | undefined {
  const { words, phraseOf, phrases, participants } = context;
  const word = words[at] as Word;
  // A pattern's words are nouns and their modifiers, matched against the verb's objects as PETRARCH-2
  // matches them: an infinitive is none ("wants Putin to attack" has no object ATTACK for
  // `- * ATTACK [138]`).
  if ((token.kind === 'word' || token.kind === 'synset') && isInfinitive(words, at)) return undefined;
  switch (token.kind) {
    case 'word':
      if (!sameWord(word, token.words)) return undefined;
      slots.score += 2;
      return at + 1;
    case 'synset': {
      for (const member of context.synsets.get(token.name) ?? []) {
        const next = matchMember(words, member, at, to);
        if (next !== undefined) {
          slots.score += 2;
          return next;
        }
      }
      return undefined;
    }
    case 'any':
    case 'source':
    case 'target':
    case 'compound': {
      const index = phraseOf[at] ?? -1;
      const phrase = phrases[index];
      if (!phrase || phrase.first !== at) return undefined;
      if (token.kind !== 'any' && !participants[index]) return undefined;
      if (token.kind === 'source') slots.source = index;
      else if (token.kind !== 'any') slots.target = index;
      slots.score += 1;
      return Math.min(phrase.last + 1, to);
    }
  }
}

function isInfinitive(words: readonly Word[], at: number): boolean {
  const before = words[at - 1];
  return (words[at] as Word).pos === 'VERB' && before?.lower === 'to' && before.pos === 'PART';
}

function sameWord(word: Word, spellings: readonly string[]): boolean {
  return spellings.includes(word.lower) || spellings.includes(word.lemma);
}

/** A synonym set's member (its words, or else its plural) starting at word `at`; the index after it. */
function matchMember(
  words: readonly Word[],
  member: SynsetMember,
  at: number,
  to: number,
): number | undefined {
  return (
    matchSpelling(words, member.words, at, to) ??
    (member.plural && matchSpelling(words, member.plural, at, to))
  );
}

function matchSpelling(
  words: readonly Word[],
  spelling: readonly string[],
  at: number,
  to: number,
): number | undefined {
  const end = at + spelling.length;
  if (end > to) return undefined;
  for (let offset = 0; offset < spelling.length; offset++) {
    const word = words[at + offset] as Word;
    const wanted = spelling[offset];
    if (word.lower !== wanted && word.lemma !== wanted) return undefined;
  }
  return end;
}

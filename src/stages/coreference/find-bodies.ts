import type { Token } from '../../document/annotations.js';
import type { Span } from '../../document/span.js';

/**
 * Institutions news names by a common noun when it speaks as a body ("the finance ministry said",
 * "police said", "Turkey's defence ministry said", "the union says", "according to the unions"), by their last word or two. Agencies, offices
 * and services are left out: their codes are seldom clear.
 */
const BODY_HEADS = new Set([
  'government',
  'ministry',
  'police',
  'army',
  'military',
  'navy',
  'air force',
  'coast guard',
  'armed forces',
  'embassy',
  'central bank',
  'cabinet',
  'presidency',
  'parliament',
  'court',
  'union',
  'unions',
]);

/** A body's head has at most two words ("coast guard"). */
const MAX_HEAD_WORDS = 2;
/** Words between the article or country and the head, at most ("the Egyptian defence ministry"). */
const MAX_MODIFIERS = 2;

const DETERMINERS = new Set(['the', 'its', 'their', 'his', 'her']);
const INDEFINITE = new Set(['a', 'an']);
const COMPLEMENT = new Set(['of', 'for']);
const POSSESSIVE = new Set(["'s", '’s']);

/** An institution named by a common noun: its span (from its first modifier) and its lower-case words. */
export interface Body extends Span {
  token: number;
  words: string;
}

/**
 * The institutions named by a common noun, each as the words from its first modifier to its head:
 * "finance ministry" of "the finance ministry", "Egyptian defence ministry", "defence ministry"
 * of "Turkey's defence ministry" (the country's name is left to the actors stage, before the
 * span), "Police" opening a sentence. The phrase must open with "the", a possessive or the
 * sentence, and end at its head: "police officer", "the government's plan" and "the ministry of
 * health" name something else or name it otherwise. Words inside a name are never part of one.
 */
export function findBodies(
  text: string,
  tokens: readonly Token[],
  isInsideName: (token: number) => boolean,
  sentenceOf: readonly number[],
): Body[] {
  const lower = tokens.map((token) => text.slice(token.start, token.end).toLowerCase());
  const bodies: Body[] = [];
  for (let at = 0; at < tokens.length; at++) {
    const headLength = headEndingAt(at);
    if (headLength === 0) continue;
    const first = firstModifier(at - headLength + 1);
    if (first === undefined || isComplement(first)) continue;
    const start = tokens[first] as Token;
    bodies.push({
      start: start.start,
      end: (tokens[at] as Token).end,
      token: first,
      words: lower.slice(first, at + 1).join(' '),
    });
  }
  return bodies;

  function headEndingAt(last: number): number {
    if (isInsideName(last) || !endsPhrase(last)) return 0;
    for (let k = MAX_HEAD_WORDS; k >= 1; k--) {
      const from = last - k + 1;
      if (from < 0 || sentenceOf[from] !== sentenceOf[last]) continue;
      if (BODY_HEADS.has(lower.slice(from, last + 1).join(' '))) return k;
    }
    return 0;
  }

  /** True when the word after `last` ends the noun phrase: no noun, name, possessive or "of" follows. */
  function endsPhrase(last: number): boolean {
    const next = tokens[last + 1];
    if (next === undefined || sentenceOf[last + 1] !== sentenceOf[last]) return true;
    const word = lower[last + 1] as string;
    return next.pos !== 'NOUN' && next.pos !== 'PROPN' && word !== 'of' && !POSSESSIVE.has(word);
  }

  /**
   * True when the phrase starting at `first` is the complement of a noun before it, "of" or
   * "for" and maybe "the" or an owner between: a member of parliament or a spokesman for
   * (Ethiopia's) foreign ministry is a person, and speaks as one.
   */
  function isComplement(first: number): boolean {
    let before = first - 1;
    // "for Ethiopia's foreign ministry": over the owner's name and its possessive.
    if (POSSESSIVE.has(lower[before] ?? '')) {
      before--;
      while (before >= 0 && isInsideName(before)) before--;
    }
    if (DETERMINERS.has(lower[before] ?? '')) before--;
    return before >= 0 && sentenceOf[before] === sentenceOf[first] && COMPLEMENT.has(lower[before] as string);
  }

  /**
   * Where the phrase whose head starts at `head` starts: after "the", a possessive, a name (the
   * country of "US embassy") or any word that is no modifier. Undefined after "a" (no body known
   * yet: "a court in Lusaka") or more than two modifiers.
   */
  function firstModifier(head: number): number | undefined {
    let first = head;
    for (let k = 0; k <= MAX_MODIFIERS; k++) {
      const before = first - 1;
      if (before < 0 || sentenceOf[before] !== sentenceOf[head]) return first;
      const word = lower[before] as string;
      if (INDEFINITE.has(word)) return undefined;
      const pos = tokens[before]?.pos;
      const modifies = !isInsideName(before) && (pos === 'ADJ' || pos === 'NOUN' || pos === 'PROPN');
      if (!modifies || DETERMINERS.has(word) || POSSESSIVE.has(word)) return first;
      if (k === MAX_MODIFIERS) return undefined;
      first = before;
    }
    return undefined;
  }
}

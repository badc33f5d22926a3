import type { Span } from '../../document/span.js';
import type { TokenContext } from './token-context.js';

/** Words the set-off phrase may hold before its "union" ("the largest of the unions"), at most. */
const MAX_WORDS_BEFORE = 5;

/** Words after "union" that go on with something other than a noun of the union's people. */
const CONTINUATIONS = new Set(['on', 'in', 'of', 'for', 'at', 'with', 'that', 'which', 'behind']);

/**
 * LAB for a name the text calls a trade union in a phrase set off beside it, whatever the tagger
 * took it for and whatever its own words are: "the National Teachers' Alliance, the largest of the
 * unions on strike,", "The union leading the strike, Coordinadora, said"; undefined otherwise. The
 * union must be the phrase's head: "X, a union member," or "X, a union leader," names a person.
 */
export function unionAppositionRole(name: Span, tokens: TokenContext): 'LAB' | undefined {
  const before = tokens.before(name).map((word) => word.text);
  const after = tokens.after(name).map((word) => word.text);
  if (after[0] === ',' && callsItUnion(after.slice(1, nextComma(after, 1)))) return 'LAB';
  if (before.at(-1) === ',') {
    const set = before.slice(before.lastIndexOf(',', before.length - 2) + 1, -1);
    if (callsItUnion(set)) return 'LAB';
  }
  return undefined;
}

function callsItUnion(words: readonly string[]): boolean {
  if (!/^(the|a|an)$/i.test(words[0] ?? '')) return false;
  const at = words.findIndex((word) => word === 'union' || word === 'unions');
  if (at < 1 || at > MAX_WORDS_BEFORE || !isHeadBefore(words.slice(1, at))) return false;
  const next = words[at + 1]?.toLowerCase();
  return next === undefined || CONTINUATIONS.has(next) || next.endsWith('ing');
}

/**
 * True when the words between the article and "union" leave it the head: modifiers ("the biggest",
 * "a teachers'"), or a part of a whole ("the largest of the"); not the object of another head's
 * preposition ("a lawyer for the").
 */
function isHeadBefore(words: readonly string[]): boolean {
  const lower = words.map((word) => word.toLowerCase());
  const of = lower.indexOf('of');
  if (of !== -1)
    return of === 1 && PARTS.test(lower[0] as string) && lower.slice(2).every((word) => word === 'the');
  return !lower.some((word) => PREPOSITIONS.has(word));
}

/** Words for a part of a whole before "of the unions": a superlative, "one", "each". */
const PARTS = /^(\p{Ll}+est|one|each|some|two|three)$/u;

const PREPOSITIONS = new Set(['for', 'to', 'at', 'in', 'on', 'with', 'from', 'by', 'against']);

function nextComma(words: readonly string[], from: number): number {
  const at = words.indexOf(',', from);
  return at === -1 ? words.length : at;
}

import type { Span } from '../../document/span.js';
import type { TokenContext } from './token-context.js';

/** Words before "union" in a set-off phrase that leave it the phrase's head ("the largest dock union"). */
const MAX_WORDS_BEFORE_UNION = 3;

/**
 * LAB for a name the text sets off beside "the union …", whatever the tagger took it for: "The
 * union leading the strike, Coordinadora,", "Sintraport, the largest dock union,". Undefined when
 * the words set off beside the name are not a union's ("the head of the union", "a charity"); "the
 * largest of the unions on strike" is one.
 */
export function unionAppositionRole(name: Span, tokens: TokenContext): 'LAB' | undefined {
  const before = tokens.before(name).map((word) => word.text);
  const after = tokens.after(name).map((word) => word.text);
  if (after[0] === ',') {
    const end = after.indexOf(',', 1);
    if (isUnionPhrase(after.slice(1, end === -1 ? after.length : end))) return 'LAB';
  }
  if (
    before.at(-1) === ',' &&
    isUnionPhrase(before.slice(before.lastIndexOf(',', before.length - 2) + 1, -1))
  )
    return 'LAB';
  return undefined;
}

/**
 * "the union leading the strike", "the largest dock union": "the", then "union" as the head; or
 * one of several, "the largest of the unions on strike".
 */
function isUnionPhrase(words: readonly string[]): boolean {
  if (words[0]?.toLowerCase() !== 'the') return false;
  if (/est$/.test(words[1] ?? '') && words[2] === 'of') return words[3] === 'the' && words[4] === 'unions';
  const union = words.indexOf('union');
  if (union < 1 || union > MAX_WORDS_BEFORE_UNION) return false;
  // "the head of the union", "the European Union": the union is another's, or a name.
  return !words.slice(1, union).some((word) => word === 'of' || word === 'for' || /^\p{Lu}/u.test(word));
}

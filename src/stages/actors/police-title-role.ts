import type { Span } from '../../document/span.js';
import { isLeaderWord } from './organisation-code.js';
import type { TokenContext, Word } from './token-context.js';

/** Title nouns that may follow "police" besides the leader nouns ("police inspector"). */
const POLICE_TITLES = new Set(['commissioner', 'inspector', 'superintendent', 'general', 'colonel']);

/**
 * COP for a person whose title beside the name is a police one: right before it or set off by
 * commas before or after it ("police chief X", "a police spokesman, Colonel X,", "X, the police
 * director general,"). The text's "police" beats what the rank alone says (a colonel is MIL) and
 * a head's title that names no body ("director general" beside the UN). "police" must be followed
 * by a title noun, so "X, who was questioned by police on Monday," is none.
 */
export function policeTitleRole(name: Span, context: TokenContext): 'COP' | undefined {
  // The phrase before the name and the one before it across a comma ("a police spokesman, Colonel").
  const before = context.before(name);
  const opened = before.at(-1)?.text === ',' ? before.slice(0, -1) : before;
  const comma = opened.findLastIndex((word) => word.text === ',');
  const titleBefore = opened.slice(opened.findLastIndex((word, at) => at < comma && word.text === ',') + 1);
  const after = context.after(name);
  const close = after.findIndex((word, at) => at > 0 && word.text === ',');
  const titleAfter = after[0]?.text === ',' ? after.slice(1, close === -1 ? after.length : close) : [];
  return hasPoliceTitle(titleBefore) || hasPoliceTitle(titleAfter) ? 'COP' : undefined;
}

function hasPoliceTitle(words: readonly Word[]): boolean {
  return words.some((word, at) => {
    const next = words[at + 1]?.text.toLowerCase() ?? '';
    return word.text === 'police' && (isLeaderWord(next) || POLICE_TITLES.has(next));
  });
}

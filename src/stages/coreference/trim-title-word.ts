import type { EntityMention } from '../../document/annotations.js';
import { roleTitle } from './person-titles.js';

/**
 * A person's name without a title word the entity tagger took into it: "Secretary of State
 * Antony Blinken" tagged as "State Antony Blinken" (a person, or an organisation for "State") is
 * the person "Antony Blinken", since "Secretary of" and the name's first word make a title. A
 * name of two words or less is kept: its first word may be the given name ("Prime Minister May"
 * has no first word to spare). Places are kept. A portfolio after "for" is cut the same way.
 */
export function trimTitleWord(text: string, mention: EntityMention): EntityMention {
  const words = mention.text.split(' ');
  if (words.length < 3 || (mention.type !== 'PERSON' && mention.type !== 'ORG')) return mention;
  const before = text.slice(Math.max(0, mention.start - 40), mention.start);
  const first = words[0] as string;
  // "Secretary-General António Guterres" tagged from "General": the title runs on over the hyphen.
  const hyphenated = /(\p{L}+)[-‐‑]$/u.exec(before);
  if (hyphenated && roleTitle([`${hyphenated[1]}-${first}`]) !== undefined) return cut(text, mention, first);
  if (!/\s$/.test(before)) return mention;
  const previous = before.trim().split(/\s+/);
  for (let k = 2; k >= 1; k--) {
    if (previous.length < k || roleTitle([...previous.slice(-k), first]) === undefined) continue;
    return cut(text, mention, first);
  }
  // "State Minister for Labour Abul Kashem" tagged from "Labour": the portfolio ends the title.
  const [title, forWord] = previous.slice(-2).map((word) => word.toLowerCase());
  if (forWord === 'for' && PORTFOLIO_HOLDERS.has(title ?? '')) return cut(text, mention, first);
  return mention;
}

/** Titles whose portfolio follows after "for" ("Minister for Labour", "Secretary for Health"). */
const PORTFOLIO_HOLDERS = new Set(['minister', 'secretary']);

function cut(text: string, mention: EntityMention, first: string): EntityMention {
  const start = mention.start + first.length + 1;
  return { ...mention, start, text: text.slice(start, mention.end), type: 'PERSON' };
}

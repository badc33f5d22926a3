import type { EntityMention, Token } from '../../document/annotations.js';
import { isTitle } from './person-titles.js';

/** Parts a hyphenated name runs on to after the tagger's mention ("Chan" of "Chan-o-cha"), at most. */
const MAX_HYPHENATED_PARTS = 3;

/**
 * The tagger's people made whole. A name the tagger cut at a hyphen runs on over the parts joined
 * to it without spaces ("Prayut Chan" of "Prayut Chan-o-cha", "Huang Mei" of "Huang Mei-ling").
 * A one-word name the tagger found alone ("Tserendorj said") is also a person where the text writes
 * it after an untagged capitalised word that is no title and opens no sentence ("spoke to Ganbaatar
 * Tserendorj, the deputy mayor"): that is the name in full, with the titles set off beside it; so
 * is such a name of two words that the tagger took for a place or an organisation.
 */
export function wholePersonNames(
  text: string,
  tokens: readonly Token[],
  mentions: readonly EntityMention[],
): EntityMention[] {
  const tokenAt = new Map(tokens.map((token, index) => [token.start, index]));
  const extended = mentions.map((mention) =>
    mention.type === 'PERSON' ? hyphenatedEnd(text, tokens, tokenAt, mention) : mention,
  );
  const alone = namesAlone(extended);
  if (alone.size === 0) return extended;
  const retyped = extended.map((mention) =>
    mention.type !== 'PERSON' && isFullName(mention.text, alone)
      ? { ...mention, type: 'PERSON' as const }
      : mention,
  );
  return [...retyped, ...givenNamesBefore(text, tokens, retyped, alone)].sort((a, b) => a.start - b.start);
}

/** One-word names of people the tagger never found in full. */
function namesAlone(mentions: readonly EntityMention[]): Set<string> {
  const alone = new Set<string>();
  const inFull = new Set<string>();
  for (const mention of mentions) {
    if (mention.type !== 'PERSON') continue;
    if (mention.text.includes(' ')) inFull.add(mention.text.split(' ').at(-1) as string);
    else if (/^\p{Lu}\p{Ll}{2,}$/u.test(mention.text)) alone.add(mention.text);
  }
  for (const surname of inFull) alone.delete(surname);
  return alone;
}

/** "Ganbaatar Tserendorj" tagged as a place: two capitalised words ending with a name found alone. */
function isFullName(name: string, alone: ReadonlySet<string>): boolean {
  const words = name.split(' ');
  return (
    words.length === 2 &&
    alone.has(words[1] as string) &&
    /^\p{Lu}\p{Ll}+$/u.test(words[0] as string) &&
    !isTitle([words[0] as string])
  );
}

function hyphenatedEnd(
  text: string,
  tokens: readonly Token[],
  tokenAt: ReadonlyMap<number, number>,
  mention: EntityMention,
): EntityMention {
  const first = tokenAt.get(mention.start);
  if (first === undefined) return mention;
  let last = first;
  while (last < tokens.length && (tokens[last] as Token).end < mention.end) last++;
  let end = mention.end;
  for (let parts = 0; parts < MAX_HYPHENATED_PARTS; parts++) {
    const hyphen = tokens[last + 1];
    const part = tokens[last + 2];
    if (!hyphen || !part || hyphen.start !== end || part.start !== hyphen.end) break;
    if (text.slice(hyphen.start, hyphen.end) !== '-' || !/^\p{L}+$/u.test(text.slice(part.start, part.end)))
      break;
    end = part.end;
    last += 2;
  }
  return end === mention.end ? mention : { ...mention, end, text: text.slice(mention.start, end) };
}

function givenNamesBefore(
  text: string,
  tokens: readonly Token[],
  mentions: readonly EntityMention[],
  alone: ReadonlySet<string>,
): EntityMention[] {
  const covered = coveredTokens(tokens, mentions);
  const added: EntityMention[] = [];
  tokens.forEach((token, index) => {
    if (covered[index] || !alone.has(text.slice(token.start, token.end))) return;
    const given = tokens[index - 1];
    const before = tokens[index - 2];
    if (!given || given.end + 1 !== token.start || covered[index - 1]) return;
    const givenWord = text.slice(given.start, given.end);
    if (!/^\p{Lu}\p{Ll}+$/u.test(givenWord) || isTitle([givenWord])) return;
    if (!before || !/^\p{Ll}/u.test(text.slice(before.start, before.end))) return;
    added.push({
      text: text.slice(given.start, token.end),
      type: 'PERSON',
      start: given.start,
      end: token.end,
    });
  });
  return added;
}

/** Whether each token starts inside a mention: one binary search per mention, so linear in practice. */
function coveredTokens(tokens: readonly Token[], mentions: readonly EntityMention[]): Uint8Array {
  const covered = new Uint8Array(tokens.length);
  for (const mention of mentions) {
    let low = 0;
    let high = tokens.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((tokens[middle] as Token).start < mention.start) low = middle + 1;
      else high = middle;
    }
    for (let at = low; at < tokens.length && (tokens[at] as Token).start < mention.end; at++) covered[at] = 1;
  }
  return covered;
}

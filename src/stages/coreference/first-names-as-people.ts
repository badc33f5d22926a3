import type { EntityMention, Token } from '../../document/annotations.js';

/**
 * Words that are the first word of a person the article has already named in full ("Tedros told
 * reporters" after "Tedros Adhanom Ghebreyesus"): mentions of that person. Ethiopian and Eritrean
 * names, and people known by a given name, are written so. A word the tagger left untagged counts
 * when it is capitalised, of three letters or more, outside every tagged mention and not followed
 * by another capitalised word (which would make it part of a name the tagger missed); a one-word
 * organisation or other thing the tagger made of it counts too (places are kept: "Jordan"). A word
 * that is the first word of two people's names is left to the grouping, which links neither.
 */
export function firstNamesAsPeople(
  text: string,
  tokens: readonly Token[],
  mentions: readonly EntityMention[],
): EntityMention[] {
  const firstWordEnds = new Map<string, number>();
  for (const mention of mentions) {
    const words = mention.text.split(' ');
    const first = words[0] as string;
    if (mention.type !== 'PERSON' || words.length < 2 || !/^\p{Lu}\p{Ll}{2,}$/u.test(first)) continue;
    firstWordEnds.set(first, Math.min(firstWordEnds.get(first) ?? mention.end, mention.end));
  }
  const added: EntityMention[] = [];
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  let reach = 0;
  let next = 0;
  tokens.forEach((token, index) => {
    while (next < sorted.length && (sorted[next] as EntityMention).start < token.end)
      reach = Math.max(reach, (sorted[next++] as EntityMention).end);
    const word = text.slice(token.start, token.end);
    const firstEnd = firstWordEnds.get(word);
    if (firstEnd === undefined || token.start < firstEnd || token.start < reach) return;
    const after = tokens[index + 1];
    if (after && after.start === token.end + 1 && /^\p{Lu}/u.test(text.slice(after.start, after.end))) return;
    added.push({ text: word, type: 'PERSON', start: token.start, end: token.end });
  });
  const retyped = mentions.map((mention) => {
    const firstEnd = firstWordEnds.get(mention.text);
    return RETYPED.has(mention.type) && firstEnd !== undefined && mention.start >= firstEnd
      ? { ...mention, type: 'PERSON' as const }
      : mention;
  });
  return [...retyped, ...added].sort((a, b) => a.start - b.start);
}

/** What the tagger takes a lone given name for ("Tedros" as an organisation). */
const RETYPED = new Set(['ORG', 'MISC']);

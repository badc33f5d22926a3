import type { EntityMention, Token } from '../../document/annotations.js';

/**
 * The tagger's nationalities of one capitalised word that stand as the subject of a verb
 * ("Tajikistan accused Kyrgyz forces …"): places, so that the country they name can act and
 * speak. A demonym before a noun ("Kyrgyz forces") or written as a people ("Russians say") stays.
 */
export function countriesAsSubjects(
  text: string,
  tokens: readonly Token[],
  mentions: readonly EntityMention[],
): EntityMention[] {
  const tokenAt = new Map(tokens.map((token, index) => [token.start, index]));
  return mentions.map((mention) => {
    if (mention.type !== 'NORP' || !/^\p{Lu}\p{Ll}+[^s]$/u.test(mention.text)) return mention;
    const index = tokenAt.get(mention.start);
    const next = index === undefined ? undefined : tokens[index + 1];
    if (!next || !/^\p{Ll}/u.test(text.slice(next.start, next.end))) return mention;
    return next.pos === 'VERB' || next.pos === 'AUX' ? { ...mention, type: 'LOCATION' } : mention;
  });
}

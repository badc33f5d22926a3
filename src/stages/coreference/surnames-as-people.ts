import type { EntityMention } from '../../document/annotations.js';

/**
 * The tagger's one-word organisations that are the surname of a person the article names in full
 * ("Blinken told reporters" after "Antony Blinken"): people. An acronym stays an organisation, and
 * places are kept ("Washington" may be a city beside "George Washington").
 */
export function surnamesAsPeople(mentions: readonly EntityMention[]): EntityMention[] {
  const surnames = new Set<string>();
  for (const mention of mentions) {
    const words = mention.text.split(' ').filter((word) => !/^(Jr|Sr)\.?$/.test(word));
    if (mention.type === 'PERSON' && words.length >= 2) surnames.add(words.at(-1) as string);
  }
  return mentions.map((mention) =>
    mention.type === 'ORG' && surnames.has(mention.text) && !/^[\p{Lu}\d]+$/u.test(mention.text)
      ? { ...mention, type: 'PERSON' }
      : mention,
  );
}

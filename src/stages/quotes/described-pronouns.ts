import type { Quote } from '../../document/annotations.js';

const PRONOUNS = new Set(['he', 'she', 'they']);
/** A pronoun reaches a description at most this far back (characters), and over at most one paragraph break. */
const MAX_DISTANCE = 600;

/**
 * Speakers written as a pronoun that no chain resolved ("she said") given the description that
 * spoke the quotation just before ("a 71-year-old resident said …. “…,” she said."): a person the
 * text never names has no chain, but the pronoun still refers to them. The speaker then points
 * at the description's words. Only the nearest quotation before counts, and only when it is in
 * the same paragraph or the one before.
 */
export function resolveDescribedPronouns(text: string, quotes: readonly Quote[]): Quote[] {
  let previous: Quote | undefined;
  return quotes.map((quote) => {
    const speaker = quote.speaker;
    let result = quote;
    if (
      speaker &&
      speaker.actorId === null &&
      PRONOUNS.has(speaker.text.toLowerCase()) &&
      previous?.speaker
    ) {
      const described = previous.speaker;
      const between = text.slice(described.end, speaker.start);
      const isNear = between.length <= MAX_DISTANCE && between.split('\n\n').length <= 2;
      if (isNear && described.actorId === null && !PRONOUNS.has(described.text.toLowerCase()))
        result = { ...quote, speaker: described };
    }
    if (result.speaker) previous = result;
    return result;
  });
}

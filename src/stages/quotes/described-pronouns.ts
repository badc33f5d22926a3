import type { EntityMention, Quote } from '../../document/annotations.js';

const PRONOUNS = new Set(['he', 'she', 'they']);
/** A pronoun reaches a description at most this far back (characters), and over at most one paragraph break. */
const MAX_DISTANCE = 600;

/**
 * Speakers written as a pronoun that no chain resolved ("she said") given the description that
 * spoke the quotation just before ("a 71-year-old resident said …. “…,” she said."): a person the
 * text never names has no chain, but the pronoun still refers to them. The speaker then points
 * at the description's words. Only the nearest quotation before counts, and only when it is in
 * the same paragraph or the one before.
 *
 * A pronoun a chain did resolve takes the description too when the description spoke in the
 * same paragraph and no name stands between its cue and the pronoun outside the words it said
 * ("In Oruro, a trader at the Bolívar market said …. “…,” she said."): the chain reached back
 * past the description to the last name, and the subject that spoke last is the likelier
 * antecedent than a name inside its own speech.
 */
export function resolveDescribedPronouns(
  text: string,
  quotes: readonly Quote[],
  entities: readonly EntityMention[] = [],
): Quote[] {
  const starts = entities.map((entity) => entity.start).sort((a, b) => a - b);
  let previous: Quote | undefined;
  return quotes.map((quote) => {
    const speaker = quote.speaker;
    let result = quote;
    if (speaker && PRONOUNS.has(speaker.text.toLowerCase()) && previous?.speaker) {
      const described = previous.speaker;
      const between = text.slice(described.end, speaker.start);
      const isNear = between.length <= MAX_DISTANCE && between.split('\n\n').length <= 2;
      const isDescription = described.actorId === null && !PRONOUNS.has(described.text.toLowerCase());
      const isHidden =
        speaker.actorId === null ||
        (!between.includes('\n\n') && !isNameBetween(starts, previous, speaker.start));
      if (isNear && isDescription && isHidden) result = { ...quote, speaker: described };
    }
    if (result.speaker) previous = result;
    return result;
  });
}

/** True when a name starts after the previous speaker and its cue and before `to`, outside its quotation. */
function isNameBetween(starts: readonly number[], previous: Quote, to: number): boolean {
  const from = Math.max(previous.speaker?.end ?? 0, previous.cue?.end ?? 0);
  if (previous.end <= from || previous.start >= to) return hasStartBetween(starts, from, to);
  return hasStartBetween(starts, from, previous.start) || hasStartBetween(starts, previous.end, to);
}

/** True when a sorted start lies in [from, to): a binary search, so each pronoun costs log n. */
function hasStartBetween(starts: readonly number[], from: number, to: number): boolean {
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((starts[middle] as number) < from) low = middle + 1;
    else high = middle;
  }
  return low < starts.length && (starts[low] as number) < to;
}

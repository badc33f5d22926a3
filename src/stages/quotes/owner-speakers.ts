import type { Actor, EntityMention, Quote } from '../../document/annotations.js';

/** Nouns for the company that runs or owns a thing ("its operator", "its owner"). */
const OWNER_NOUNS = new Set([
  'operator',
  'owner',
  'owners',
  'operators',
  'maker',
  'manufacturer',
  'developer',
  'builder',
]);
/** Characters after "its operator says" within which the text names the company. */
const MAX_NAMING_DISTANCE = 300;

/**
 * "Output at the Llacsa copper mine has been halted, its operator says." in a lede, then
 * "Cordillera Copper, which runs the mine, said …": a speaker written as the owner or operator of
 * something, that resolved to no actor, is the organisation the text names next, soon after.
 */
export function resolveOwnerSpeakers(
  quotes: readonly Quote[],
  actors: readonly Actor[],
  entities: readonly EntityMention[],
): Quote[] {
  return quotes.map((quote) => {
    const speaker = quote.speaker;
    if (!speaker || speaker.actorId !== null) return quote;
    const words = speaker.text.toLowerCase().split(/\s+/);
    if (words.length !== 2 || words[0] !== 'its' || !OWNER_NOUNS.has(words[1] as string)) return quote;
    const named = entities.find(
      (entity) =>
        entity.type === 'ORG' &&
        entity.start >= speaker.end &&
        entity.start - speaker.end <= MAX_NAMING_DISTANCE,
    );
    const actor =
      named && actors.find((each) => each.mentions.some((mention) => mention.start === named.start));
    return actor ? { ...quote, speaker: { ...speaker, actorId: actor.id } } : quote;
  });
}

import type { Actor, Quote } from '../../document/annotations.js';

/** A title is at most this many words ("UN special envoy"). */
const MAX_TITLE_WORDS = 3;
const LEADING = /^(the|a|an)\s+/;

/**
 * Speakers written only as a title ("Chancellor says…" in a headline, "the envoy said") given the
 * actor the article names with that title ("Chancellor Olaf Scholz", "envoy Hans Lindqvist").
 * A title the article gives to two actors stays unresolved.
 */
export function resolveTitledSpeakers(
  text: string,
  quotes: readonly Quote[],
  actors: readonly Actor[],
): Quote[] {
  const byTitle = titlesOfActors(text, actors);
  return quotes.map((quote) => {
    const speaker = quote.speaker;
    if (!speaker || speaker.actorId !== null) return quote;
    const actorId = byTitle.get(speaker.text.toLowerCase().replace(LEADING, ''));
    return actorId ? { ...quote, speaker: { ...speaker, actorId } } : quote;
  });
}

/** Each title written right before an actor's name, to that actor (null when two actors share it). */
function titlesOfActors(text: string, actors: readonly Actor[]): Map<string, string | null> {
  const titles = new Map<string, string | null>();
  for (const actor of actors) {
    for (const mention of actor.mentions) {
      const before = text.slice(Math.max(0, mention.start - 60), mention.start);
      const words = before.split(/\s+/).filter((word) => /^[\p{L}.-]+$/u.test(word));
      if (!/\s$/.test(before)) continue;
      for (let count = 1; count <= MAX_TITLE_WORDS && count <= words.length; count++) {
        const title = words
          .slice(words.length - count)
          .join(' ')
          .toLowerCase();
        const known = titles.get(title);
        if (known === undefined) titles.set(title, actor.id);
        else if (known !== actor.id) titles.set(title, null);
      }
    }
  }
  return titles;
}

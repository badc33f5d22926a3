import type { Quote } from '../document/annotations.js';

/** The actor a quote's speaker resolves to, as far as it is known. */
export interface SpeakerActor {
  name: string | null;
  code: string | null;
}

/** The words said: a direct quotation in quotation marks, reported speech as it is. */
export function quotedWords(quote: Quote): string {
  return quote.direct ? `“${quote.text}”` : quote.text;
}

/**
 * Who said it: the actor's code and name, then the text's own words when they do not contain
 * the name (`ISRGOV Netanyahu (as "He")`); a description alone ("a senior official") as it is.
 */
export function speakerLabel(quote: Quote, actor: SpeakerActor): string {
  const words = quote.speaker?.text;
  const who = [actor.code, actor.name ?? words].filter(Boolean).join(' ');
  if (!who) return 'unknown speaker';
  const named = actor.name && words && !words.toLowerCase().includes(actor.name.toLowerCase());
  return named ? `${who} (as "${words}")` : who;
}

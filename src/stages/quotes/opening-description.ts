import type { SentenceReading } from '../events/sentence-reading.js';
import type { Word } from '../events/sentence-words.js';
import type { Speaker } from '../events/speaker-of-cue.js';

/** A description that opens a sentence has at most this many words ("Protest leaders at the camp in Colombo"). */
const MAX_DESCRIPTION_WORDS = 12;
/** Words a description does not start with ("the farmers" is "farmers"). */
const LEADING = new Set(['a', 'an', 'the']);

/**
 * "Protest leaders at the camp in Colombo, the heart of the movement the protesters call the
 * “Aragalaya”, or struggle, said": the description that opens the sentence is the speaker of a
 * cue after an aside between commas, however long the aside, when nothing else speaks. The words
 * before the first comma must be noun phrases joined by prepositions, with no verb and no actor's
 * name at the head of the first.
 */
export function openingDescription(reading: SentenceReading, cue: number): Speaker | undefined {
  const { words, phraseOf, phrases, mentionOf } = reading;
  if (words[cue - 1]?.text !== ',') return undefined;
  const comma = words.findIndex((word) => word.text === ',');
  if (comma < 1 || comma >= cue - 1 || comma > MAX_DESCRIPTION_WORDS) return undefined;
  const head = phrases[phraseOf[0] ?? -1];
  if (!head || mentionOf[head.last] || (words[head.last] as Word).pos === 'PRON') return undefined;
  for (let at = 0; at < comma; at++)
    if ((phraseOf[at] ?? -1) < 0 && (words[at] as Word).pos !== 'ADP') return undefined;
  if ((phraseOf[comma - 1] ?? -1) < 0) return undefined;
  const first = LEADING.has((words[0] as Word).lower) ? 1 : 0;
  return { start: (words[first] as Word).start, end: (words[comma - 1] as Word).end };
}

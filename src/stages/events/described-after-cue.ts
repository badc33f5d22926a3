import type { SentenceReading } from './sentence-reading.js';
import type { Word } from './sentence-words.js';
import type { Speaker } from './speaker-of-cue.js';

/** Words between the cue and "who" at most: "said a mother of three who". */
const MAX_HEAD_WORDS = 8;
/** Words of the whole description at most, to the sentence's end. */
const MAX_DESCRIPTION_WORDS = 40;
/** Words a description does not start with. */
const LEADING = new Set(['a', 'an', 'the', 'one']);
/** Relative words that go on describing a person. */
const RELATIVES = new Set(['who', 'whose']);

/**
 * "“…,” said a farmer whose house stood just outside the slide.": a description after an inverted
 * cue that goes on as a relative clause to the sentence's end speaks, with all its words. The
 * words between the cue and "who" must be noun phrases joined by prepositions (no verb), with no
 * actor's name, and nothing but the sentence's full stop may follow the clause.
 */
export function describedAfterCue(reading: SentenceReading, cue: number): Speaker | undefined {
  const { words, phraseOf, mentionOf } = reading;
  let relative = -1;
  for (let at = cue + 1; at < words.length && at <= cue + MAX_HEAD_WORDS; at++) {
    const word = words[at] as Word;
    if (RELATIVES.has(word.lower)) {
      relative = at;
      break;
    }
    if (mentionOf[at] || ((phraseOf[at] ?? -1) < 0 && word.pos !== 'ADP')) return undefined;
  }
  if (relative <= cue + 1) return undefined;
  let last = words.length - 1;
  while (last > relative && /^[.!?"”’']$/.test((words[last] as Word).text)) last--;
  if (last <= relative + 1 || last - cue > MAX_DESCRIPTION_WORDS) return undefined;
  for (let at = relative + 1; at <= last; at++)
    if (/^[;:"“”]$/.test((words[at] as Word).text)) return undefined;
  const first = LEADING.has((words[cue + 1] as Word).lower) ? cue + 2 : cue + 1;
  return { start: (words[first] as Word).start, end: (words[last] as Word).end };
}

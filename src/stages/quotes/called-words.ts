import type { Span } from '../../document/span.js';
import { readingAt } from '../events/attribute-quotes.js';
import type { SentenceReading } from '../events/sentence-reading.js';
import type { Word } from '../events/sentence-words.js';
import { type Speaker, speakerOfCue } from '../events/speaker-of-cue.js';

/**
 * "The minister called the plan “a disgrace”", "an editorial calling the meeting “a test of
 * sincerity”": quoted words right after the object of "call" are what the subject of "call" said
 * of it. A name given this way ("calls the offensive “Operation Peace Spring”", "calls it
 * “Canada's hot spot”") is a label: it opens with a capital, or the caller rejects it before asking.
 */
export function calledWords(
  readings: readonly SentenceReading[],
  region: Span,
): { speaker: Speaker; cue: Span } | undefined {
  const reading = readingAt(readings, region.start - 1);
  if (!reading) return undefined;
  const { words, phraseOf, phrases } = reading;
  const mark = words.findIndex((word) => word.start >= region.start - 1);
  if (mark < 2 || !/^["“«‘']$/.test((words[mark] as Word).text)) return undefined;
  // A judgement is in lower case ("a disgrace", "unacceptable"); a name given is not ("Canada's hot spot").
  if (!/^\p{Ll}/u.test(words[mark + 1]?.text ?? '')) return undefined;
  const object = phrases[phraseOf[mark - 1] ?? -1];
  const verb = object ? words[object.first - 1] : undefined;
  if (!object || verb?.pos !== 'VERB' || verb.lemma !== 'call') return undefined;
  const caller = object.first - 1;
  const speaker = speakerOfCue(reading, caller);
  if (!speaker) return undefined;
  return {
    speaker: issuerOf(reading, caller, speaker) ?? speaker,
    cue: { start: verb.start, end: verb.end },
  };
}

/** Documents that speak for whoever issued them. */
const DOCUMENTS = new Set([
  'editorial',
  'statement',
  'communique',
  'communiqué',
  'report',
  'letter',
  'column',
]);

/**
 * "The Global Times ran an editorial calling …": a document speaks for the body that issued it,
 * the subject of the verb whose object the document is.
 */
function issuerOf(reading: SentenceReading, caller: number, speaker: Speaker): Speaker | undefined {
  const { words, phraseOf, phrases } = reading;
  const document = phrases[phraseOf[caller - 1] ?? -1];
  const head = words[caller - 1];
  if (!document || !head || head.end !== speaker.end || !DOCUMENTS.has(head.lower)) return undefined;
  const issuing = document.first - 1;
  return words[issuing]?.pos === 'VERB' ? speakerOfCue(reading, issuing) : undefined;
}

import type { Span } from '../../document/span.js';
import { subjectOfVerb } from './find-subject.js';
import type { Participant } from './participants.js';
import { findQuoteRegions, regionAt } from './quote-regions.js';
import type { SentenceReading } from './sentence-reading.js';
import type { Word } from './sentence-words.js';

/** Verbs that introduce speech, by lemma. */
const SPEECH_CUES = new Set([
  'say',
  'tell',
  'state',
  'add',
  'report',
  'warn',
  'reiterate',
  'insist',
  'stress',
  'declare',
  'announce',
  'claim',
  'note',
  'write',
  'explain',
  'argue',
  'urge',
  'confirm',
  'reply',
  'respond',
  'assert',
  'acknowledge',
]);
const FIRST_PERSON = new Set(['i', 'we', 'me', 'us']);
/** Words between a cue and the quotation it introduces ("said on Sunday"). */
const CUE_REACH = 6;

/**
 * Fills in who speaks each sentence's quoted and reported words: the subject of the speech verb
 * that introduces a quotation (before it, or after it: "…,” he said), the name before a
 * headline colon ("Netanyahu: Iran needs to withdraw"), or the subject of a speech verb earlier
 * in the sentence ("Putin said Russia must…"). First-person pronouns inside a quotation then
 * name its speaker.
 */
export function attachSpeakers(text: string, paragraphs: readonly Span[], readings: SentenceReading[]): void {
  const regions = findQuoteRegions(text, paragraphs);
  const speakers: (Participant | undefined)[] = regions.map((region) => quoteSpeaker(readings, region));
  for (const reading of readings) {
    const colon = colonSpeaker(reading);
    const cues = reading.words.flatMap((word, at) =>
      word.pos === 'VERB' && SPEECH_CUES.has(word.lemma) ? [at] : [],
    );
    reading.speakerOf = (at) => {
      const word = reading.words[at] as Word;
      const region = regionAt(regions, word.start);
      if (region >= 0) return speakers[region];
      if (colon && at > colon.at) return colon.speaker;
      const cue = cues.findLast((cueAt) => cueAt < at);
      return cue === undefined ? undefined : subjectOfVerb(reading, cue)[0];
    };
    reading.phrases.forEach((phrase, index) => {
      const word = reading.words[phrase.first] as Word;
      if (phrase.first !== phrase.last || !FIRST_PERSON.has(word.lower)) return;
      const region = regionAt(regions, word.start);
      const speaker = region >= 0 ? speakers[region] : undefined;
      if (speaker) reading.participants[index] = { ...speaker, start: word.start, end: word.end };
    });
  }
}

/** The speaker of a quotation: the subject of the speech verb just before it, or just after it. */
function quoteSpeaker(readings: readonly SentenceReading[], region: Span): Participant | undefined {
  const opening = readingAt(readings, region.start - 1);
  if (opening) {
    const { words } = opening;
    const mark = words.findIndex((word) => word.start >= region.start - 1);
    const from = mark < 0 ? words.length - 1 : mark - 1;
    for (let at = from; at >= 0 && at >= from - CUE_REACH; at--) {
      const word = words[at] as Word;
      if (word.pos === 'VERB' && SPEECH_CUES.has(word.lemma)) return subjectOfVerb(opening, at)[0];
    }
  }
  const closing = readingAt(readings, region.end);
  if (closing) {
    const { words } = closing;
    const mark = words.findIndex((word) => word.start >= region.end);
    if (mark >= 0) {
      for (let at = mark + 1; at < words.length && at <= mark + CUE_REACH; at++) {
        const word = words[at] as Word;
        if (word.pos !== 'VERB' || !SPEECH_CUES.has(word.lemma)) continue;
        const before = subjectOfVerb(closing, at)[0];
        if (before) return before;
        // ", said Netanyahu"
        const next = closing.phraseOf[at + 1] ?? -1;
        return next >= 0 ? closing.participants[next] : undefined;
      }
    }
  }
  return undefined;
}

/** "Netanyahu: Iran needs to withdraw": a named actor alone before a colon speaks what follows. */
function colonSpeaker(reading: SentenceReading): { at: number; speaker: Participant } | undefined {
  const { words, phraseOf, phrases, participants } = reading;
  const colon = words.findIndex((word) => word.text === ':');
  if (colon < 1) return undefined;
  const index = phraseOf[colon - 1] ?? -1;
  const phrase = phrases[index];
  const speaker = participants[index];
  if (!phrase || !speaker || speaker.actorId === null) return undefined;
  // The phrase must open the sentence or follow a semicolon.
  const before = words[phrase.first - 1];
  if (before && before.text !== ';') return undefined;
  return { at: colon, speaker };
}

function readingAt(readings: readonly SentenceReading[], offset: number): SentenceReading | undefined {
  let low = 0;
  let high = readings.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const { sentence } = readings[middle] as SentenceReading;
    if (offset < sentence.start) high = middle - 1;
    else if (offset >= sentence.end) low = middle + 1;
    else return readings[middle];
  }
  return undefined;
}

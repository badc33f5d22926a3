import { type Attribution, SPEECH_CUES } from './attribute-quotes.js';
import { subjectOfVerb } from './find-subject.js';
import { regionAt } from './quote-regions.js';
import type { SentenceReading } from './sentence-reading.js';
import type { Word } from './sentence-words.js';
import { colonSpeaker } from './speaker-of-cue.js';

const FIRST_PERSON = new Set(['i', 'we', 'me', 'us']);

/**
 * The readings with who speaks each sentence's quoted and reported words: the speaker of the
 * quotation a word is in (`attributeQuotes`), the name before a headline colon ("Netanyahu: Iran
 * needs to withdraw"), or the subject of a speech verb earlier in the sentence ("Putin said Russia
 * must…"). First-person pronouns inside a quotation then name its speaker. The readings given are
 * left as they are (the quotes stage reads the same ones, see `readArticle`).
 */
export function attachSpeakers(
  readings: readonly SentenceReading[],
  attributions: readonly Attribution[],
): SentenceReading[] {
  const regions = attributions.map((attribution) => attribution.region);
  const speakers = attributions.map((attribution) => attribution.speaker?.participant);
  return readings.map((read) => {
    const reading: SentenceReading = { ...read, participants: [...read.participants] };
    const colon = colonSpeaker(reading);
    const cues = reading.words.flatMap((word, at) =>
      word.pos === 'VERB' && SPEECH_CUES.has(word.lemma) ? [at] : [],
    );
    reading.speakersOf = (at) => {
      const word = reading.words[at] as Word;
      const region = regionAt(regions, word.start);
      if (region >= 0) {
        const speaker = speakers[region];
        return speaker ? [speaker] : [];
      }
      if (colon && at > colon.at) return colon.speaker.participant ? [colon.speaker.participant] : [];
      const cue = cues.findLast((cueAt) => cueAt < at);
      return cue === undefined ? [] : subjectOfVerb(reading, cue);
    };
    reading.speakerOf = (at) => reading.speakersOf(at)[0];
    reading.phrases.forEach((phrase, index) => {
      const word = reading.words[phrase.first] as Word;
      if (phrase.first !== phrase.last || !FIRST_PERSON.has(word.lower)) return;
      const region = regionAt(regions, word.start);
      const speaker = region >= 0 ? speakers[region] : undefined;
      if (speaker) reading.participants[index] = { ...speaker, start: word.start, end: word.end };
    });
    return reading;
  });
}

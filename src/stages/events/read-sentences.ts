import type { Actor } from '../../document/annotations.js';
import type { Span } from '../../document/span.js';
import type { ActorDictionary } from '../actors/actor-dictionary.js';
import { type MentionAt, mentionsByWord, type Participant, phraseParticipant } from './participants.js';
import { findPhrases } from './phrases.js';
import { retagNames } from './retag-names.js';
import { retagVerbs } from './retag-verbs.js';
import type { SentenceReading } from './sentence-reading.js';
import type { Word } from './sentence-words.js';
import type { VerbDictionary } from './verb-dictionary.js';

const BOTH_SIDES = /^(both|the two) (sides|countries|parties|governments|nations)$/;

export interface ReadingContext {
  text: string;
  actors: readonly Actor[];
  dictionary: ActorDictionary;
  verbs: VerbDictionary;
  date: string | undefined;
  countries: ReadonlySet<string>;
}

/**
 * Each sentence's phrases and the participant each names, from the article's actor mentions
 * and the dictionary's role nouns. Speakers are filled in later (`attachSpeakers`).
 */
export function readSentences(
  context: ReadingContext,
  sentences: readonly Span[],
  wordsOf: readonly Word[][],
): SentenceReading[] {
  const mentions: MentionAt[] = [];
  for (const actor of context.actors)
    for (const mention of actor.mentions) mentions.push({ actor, start: mention.start, end: mention.end });
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);

  return sentences.map((sentence, index) => {
    const tagged = retagVerbs(wordsOf[index] ?? [], context.verbs);
    const mentionOf = mentionsByWord(tagged, mentions);
    const words = retagNames(tagged, mentionOf);
    const { phrases, phraseOf } = findPhrases(words);
    const participantContext = { ...context, words, mentionOf };
    const participants: (Participant | undefined)[] = [];
    const bothSides = new Set<number>();
    phrases.forEach((phrase, at) => {
      participants.push(phraseParticipant(participantContext, phrase));
      const text = words
        .slice(phrase.first, phrase.last + 1)
        .map((word) => word.lower)
        .join(' ');
      if (BOTH_SIDES.test(text)) bothSides.add(at);
    });
    return {
      sentence,
      words,
      mentionOf,
      phrases,
      phraseOf,
      participants,
      bothSides,
      synsets: context.verbs.synsets,
      speakerOf: () => undefined,
      speakersOf: () => [],
    };
  });
}

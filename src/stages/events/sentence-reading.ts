import type { Span } from '../../document/span.js';
import type { MatchContext } from './match-pattern.js';
import type { MentionAt, Participant } from './participants.js';

/** One sentence, read: its words, phrases and who each phrase names. */
export interface SentenceReading extends MatchContext {
  sentence: Span;
  /** The actor mention that covers each word, if any. */
  mentionOf: readonly (MentionAt | undefined)[];
  /** Phrases such as "both sides", which name the two parties of an earlier event. */
  bothSides: ReadonlySet<number>;
  /** Who speaks the words of this sentence that are quoted or attributed, by word index. */
  speakerOf: (wordIndex: number) => Participant | undefined;
  /** All who speak them: the coordinated subjects of the speech verb ("Obama and Putin said"). */
  speakersOf: (wordIndex: number) => Participant[];
}

/** An event found in a sentence, before codes are looked up and ids given. */
export interface FoundEvent {
  source: Participant;
  target: Participant;
  code: string;
  /** The words of the verb ("met with"). */
  verb: Span;
  negated: boolean;
  hypothetical: boolean;
  confidence: number;
}

/** What the sentence's subject search remembers between verbs. */
export interface Memory {
  /** The subject of the sentence's first coded clause, for participles ("…, stating"). */
  mainSubject?: Participant[];
  /** Events of earlier sentences, most recent last, for "both sides". */
  earlier: readonly FoundEvent[];
}

/** True when two participants are one party: the same actor, or the same code. */
export function sameParty(a: Participant, b: Participant): boolean {
  if (a.actorId !== null && a.actorId === b.actorId) return true;
  return a.code !== null && a.code === b.code;
}

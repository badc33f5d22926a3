import type { Participant } from './participants.js';
import type { FoundEvent, SentenceReading } from './sentence-reading.js';
import type { Word } from './sentence-words.js';
import type { VerbTransformation } from './verb-dictionary.js';

/** An event with the verb that carries it: its word, lemma and the verb it is the infinitive of. */
export interface CodedVerb {
  event: FoundEvent;
  at: number;
  lemma: string;
  governor?: number;
  /** Asked or wanted of its source by another ("Obama wants Putin to attack"): kept only when transformed. */
  requested?: boolean;
  /** Set when a transformation applied: the saying or wanting verb whose event this one now is. */
  outer?: number;
}

/**
 * Applies the verb dictionary's transformations of reported and intended acts (PETRARCH-2's
 * `~ a (a b ATTACK) CLAIM = a b 015`): when `a` says, claims or wants that an act happen, the
 * event is `a`'s toward the party the transformation names, with its code. "The US claimed that
 * it had attacked Iraq" is the US claiming responsibility (015); "Russia said Israel attacked
 * Syria" is Russia accusing Israel (112); "Obama wants to attack Iran" is a threat (138).
 * `subjectOf` gives the subjects of the outer verb. Transformations whose inner act has no
 * target (`.`) take the inner source as `b`.
 */
export function applyTransformations(
  reading: SentenceReading,
  transformations: readonly VerbTransformation[],
  coded: readonly CodedVerb[],
  subjectOf: (verb: number) => readonly Participant[],
  sameParty: (a: Participant, b: Participant) => boolean,
): CodedVerb[] {
  return coded.map((inner) => {
    for (const transformation of transformations) {
      const verbs = transformation.inner.verb;
      if (verbs !== null && !verbs.some((verb) => verb.toLowerCase() === inner.lemma)) continue;
      const outer = findOuterVerb(reading.words, inner, transformation.verb);
      if (outer === undefined) continue;
      // Of coordinated speakers ("Obama and Putin said they will attack"), the one who is the act's source.
      const speakers = subjectOf(outer);
      const speaker = speakers.find((one) => sameParty(one, inner.event.source)) ?? speakers[0];
      if (!speaker) continue;
      const bound = bind(transformation, speaker, inner.event, sameParty);
      if (!bound) continue;
      const { event } = inner;
      const code = transformation.result.code ?? event.code;
      if (code === event.code && bound.source === event.source && bound.target === event.target)
        return { ...inner, outer };
      return {
        ...inner,
        outer,
        event: {
          ...event,
          source: bound.source,
          target: bound.target,
          code,
          confidence: Math.max(0.1, event.confidence - 0.1),
        },
      };
    }
    return inner;
  });
}

/** Words between a saying verb and the act it reports, at most. */
const MAX_REACH = 60;

/** The saying or wanting verb the inner act depends on: the verb it is the infinitive of, or one before it. */
function findOuterVerb(
  words: readonly Word[],
  inner: CodedVerb,
  lemmas: readonly string[],
): number | undefined {
  const wanted = lemmas.map((lemma) => lemma.toLowerCase());
  if (inner.governor !== undefined && wanted.includes((words[inner.governor] as Word).lemma))
    return inner.governor;
  for (let at = inner.at - 1; at >= 0 && at >= inner.at - MAX_REACH; at--) {
    const word = words[at] as Word;
    if (word.pos === 'VERB' && wanted.includes(word.lemma)) return at;
  }
  return undefined;
}

/** The result's source and target, when the inner event fits the transformation's roles. */
function bind(
  transformation: VerbTransformation,
  speaker: Participant,
  event: FoundEvent,
  sameParty: (a: Participant, b: Participant) => boolean,
): { source: Participant; target: Participant } | undefined {
  const letters = new Map<string, Participant>([[transformation.speaker, speaker]]);
  const { source, target } = transformation.inner;
  // `_`: the act has no subject of its own, so its subject is the speaker's ("Obama wants to attack").
  if (source === transformation.speaker || source === '_') {
    if (!sameParty(event.source, speaker)) return undefined;
  } else {
    if (sameParty(event.source, speaker)) return undefined;
    letters.set(source, event.source);
  }
  if (target !== '.') {
    if (letters.has(target) && letters.get(target) !== event.target) return undefined;
    letters.set(target, event.target);
  }
  const resultSource = letters.get(transformation.result.source);
  const resultTarget = letters.get(transformation.result.target);
  if (!resultSource || !resultTarget || sameParty(resultSource, resultTarget)) return undefined;
  return { source: resultSource, target: resultTarget };
}

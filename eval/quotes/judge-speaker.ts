import type { Actor, Quote } from '../../src/document/annotations.js';
import type { GoldSpeaker } from './quote-set.js';

/** Why a predicted speaker is not the gold one. */
export type SpeakerMistake =
  | 'no speaker'
  | 'pronoun not resolved'
  | 'speaker without actor code'
  | 'wrong actor code'
  | 'wrong speaker'
  | 'description given a name'
  | 'other description words';

export interface SpeakerJudgement {
  isRight: boolean;
  mistake?: SpeakerMistake;
  /** The actor the predicted speaker resolves to, when it has one. */
  actor?: Actor;
}

const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'him', 'her', 'them', 'we', 'i', 'you']);
const ARTICLES = new Set(['a', 'an', 'the']);

/**
 * Whether a matched quotation's predicted speaker is the gold one. With a gold actor code, the
 * predicted speaker's actor must have the same code. Without one, a named speaker must have the
 * same name (its actor's name or its own words; a shared surname counts), and a described speaker
 * the same description words, without being resolved to a named actor.
 */
export function judgeSpeaker(
  gold: GoldSpeaker,
  speaker: Quote['speaker'] | undefined,
  actors: readonly Actor[],
): SpeakerJudgement {
  if (!speaker) return { isRight: false, mistake: 'no speaker' };
  const actor = speaker.actorId === null ? undefined : actors.find((each) => each.id === speaker.actorId);
  const judged = (mistake?: SpeakerMistake): SpeakerJudgement => ({
    isRight: mistake === undefined,
    ...(mistake ? { mistake } : {}),
    ...(actor ? { actor } : {}),
  });
  const isUnresolvedPronoun = !actor && PRONOUNS.has(normalise(speaker.text));
  if (gold.isDescription) {
    if (actor)
      return judged(isSameDescription(gold.name, actor.name) ? undefined : 'description given a name');
    if (isSameDescription(gold.name, speaker.text)) return judged();
    return judged(isUnresolvedPronoun ? 'pronoun not resolved' : 'other description words');
  }
  const isNameRight = [actor?.name, speaker.text].some(
    (name) => name !== undefined && isSameName(gold.name, name),
  );
  if (gold.code !== undefined) {
    if (actor?.code === gold.code) return judged();
    if (isUnresolvedPronoun) return judged('pronoun not resolved');
    if (!isNameRight) return judged('wrong speaker');
    return judged(actor?.code ? 'wrong actor code' : 'speaker without actor code');
  }
  if (isNameRight) return judged();
  return judged(isUnresolvedPronoun ? 'pronoun not resolved' : 'wrong speaker');
}

/**
 * The same person or organisation by name, ignoring case, accents and punctuation: the same words,
 * the same last word ("Mr Sunak" for "Rishi Sunak"), or one name a single word of the other
 * ("Lula", "Abiy", "Yoon" for their full names).
 */
export function isSameName(a: string, b: string): boolean {
  const wordsA = wordsOf(a);
  const wordsB = wordsOf(b);
  if (wordsA.length === 0 || wordsB.length === 0) return false;
  if (wordsA.join(' ') === wordsB.join(' ')) return true;
  if (wordsA.at(-1) === wordsB.at(-1)) return true;
  if (wordsA.length === 1) return wordsB.includes(wordsA[0] as string);
  if (wordsB.length === 1) return wordsA.includes(wordsB[0] as string);
  return false;
}

/**
 * The same description, ignoring case, punctuation and a leading article: the same words, or one
 * the other cut short ("a spokesman" for "a spokesman for Eskom").
 */
export function isSameDescription(a: string, b: string): boolean {
  const wordsA = withoutArticle(wordsOf(a));
  const wordsB = withoutArticle(wordsOf(b));
  if (wordsA.length === 0 || wordsB.length === 0) return false;
  const [shorter, longer] = wordsA.length <= wordsB.length ? [wordsA, wordsB] : [wordsB, wordsA];
  return shorter.every((word, at) => longer[at] === word);
}

function withoutArticle(words: string[]): string[] {
  return ARTICLES.has(words[0] ?? '') ? words.slice(1) : words;
}

function wordsOf(text: string): string[] {
  return normalise(text).split(' ').filter(Boolean);
}

function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

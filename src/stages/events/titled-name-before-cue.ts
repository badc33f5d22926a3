import { isLeaderWord } from '../actors/organisation-code.js';
import type { MentionAt } from './participants.js';
import type { SentenceReading } from './sentence-reading.js';
import type { Word } from './sentence-words.js';

/** Prepositions that join a title to its portfolio ("Minister for Labour", "Minister of Foreign Affairs"). */
const PORTFOLIO_WORDS = new Set(['for', 'of']);
/** Words that join two portfolios before a title ("Trade and Industry Minister"). */
const JOINING_WORDS = new Set(['and', '&']);

/**
 * The name right before `cue` when the sentence opens with its title written out with a
 * portfolio: "State Minister for Labour Abul Kashem told reporters". The subject's phrase stops
 * at "for", so without this the title would speak; the whole opening must be capitalised words
 * and those prepositions, and the word before the first preposition a title ("Minister"), so
 * "The Bank of England said" keeps its subject. Portfolios joined by "and" before the title
 * count too ("Trade and Industry Minister Ana Costa said").
 */
export function titledNameBeforeCue(reading: SentenceReading, cue: number): MentionAt | undefined {
  const { words, mentionOf } = reading;
  const mention = mentionOf[cue - 1];
  if (!mention || /^[A-Z]{3}$/.test(mention.actor.code ?? '')) return undefined;
  let first = cue - 1;
  while (first > 0 && (words[first - 1] as Word).end > mention.start) first--;
  if (first < 2) return undefined;
  const opening = words.slice(0, first);
  const preposition = opening.findIndex((word) => PORTFOLIO_WORDS.has(word.lower));
  if (preposition >= 1 && isLeaderWord((opening[preposition - 1] as Word).text)) {
    const titled = opening.every((word) => PORTFOLIO_WORDS.has(word.lower) || /^\p{Lu}/u.test(word.text));
    return titled && /^\p{Lu}/u.test((opening.at(-1) as Word).text) ? mention : undefined;
  }
  // "Trade and Industry Minister Ana Costa said": portfolios joined by "and" before the title,
  // where the tagger may take the first portfolio for an organisation that would speak.
  const joined = opening.some((word) => JOINING_WORDS.has(word.lower));
  const titled = opening.every((word) => JOINING_WORDS.has(word.lower) || /^\p{Lu}/u.test(word.text));
  return joined && titled && isLeaderWord((opening.at(-1) as Word).text) ? mention : undefined;
}

import type { Tone } from '../../document/annotations.js';
import { NEGATION_WORDS } from './negation-words.js';
import type { Word } from './read-words.js';
import type { ToneLexicon } from './tone-lexicon.js';

/**
 * Parts of speech whose words carry tone. Leaving out proper nouns keeps names neutral ("United
 * Nations", "Security Council", a person called Hope); leaving out prepositions keeps "like
 * Syria" neutral while "like" the verb stays positive.
 */
const TONE_POS: ReadonlySet<string> = new Set(['NOUN', 'VERB', 'ADJ', 'ADV', 'INTJ']);
const PROPER_NOUN = 'PROPN';

/** How many words before a tone word a negation reaches, as in VADER's own scorer. */
const NEGATION_REACH = 3;

/**
 * GDELT's tone of a text: the percentages of its words that are positive and negative, their
 * difference (`score`) and sum (`polarity`), and the number of words. A negation up to three
 * words before a tone word, in the same clause, changes what it counts as: a negated positive
 * word is negative ("not good", "no progress"); a negated negative word counts as neither,
 * because denying a bad thing ("did not attack", "not limited to", "no threat") does not praise.
 */
export function countTone(words: readonly Word[], lexicon: ToneLexicon): Tone {
  let positive = 0;
  let negative = 0;
  for (let index = 0; index < words.length; index++) {
    const tone = toneOfWord(words, index, lexicon);
    if (tone === 0) continue;
    const negated = isNegated(words, index);
    if (tone > 0 && !negated) positive++;
    else if (tone > 0 || !negated) negative++;
  }
  return toneFromCounts(positive, negative, words.length);
}

/** The percentages for counts of positive, negative and all words; zeros for no words. */
export function toneFromCounts(positive: number, negative: number, wordCount: number): Tone {
  if (wordCount === 0) return { score: 0, positive: 0, negative: 0, polarity: 0, wordCount: 0 };
  return {
    score: (100 * (positive - negative)) / wordCount,
    positive: (100 * positive) / wordCount,
    negative: (100 * negative) / wordCount,
    polarity: (100 * (positive + negative)) / wordCount,
    wordCount,
  };
}

/** 1, -1 or 0: a compound by its own entry, else by the sum of its parts ("war-torn"). */
function toneOfWord(words: readonly Word[], index: number, lexicon: ToneLexicon): number {
  const word = words[index];
  if (!word || isFixedExpression(words, index)) return 0;
  const whole = word.parts.length > 1 ? lexicon.get(word.text) : undefined;
  if (whole !== undefined) return whole;
  let sum = 0;
  for (const part of word.parts) {
    if (TONE_POS.has(part.pos)) sum += lexicon.get(part.text) ?? 0;
  }
  if (sum === 0 && isCapitalisedCommonWord(words, index)) sum = lexicon.get(word.text) ?? 0;
  return Math.sign(sum);
}

/**
 * A word the tagger calls a proper noun only because a sentence starts with it ("Good news
 * came"), told from a name by the word after it: "United Nations" goes on as a name.
 */
function isCapitalisedCommonWord(words: readonly Word[], index: number): boolean {
  const word = words[index];
  const next = words[index + 1];
  return (
    word?.startsSentence === true &&
    word.parts.length === 1 &&
    word.parts[0]?.pos === PROPER_NOUN &&
    (next === undefined || next.startsClause || next.parts[0]?.pos !== PROPER_NOUN)
  );
}

/** "as well" and "kind of", where the lexicon's "well" and "kind" mean nothing good (VADER's "kind of" rule). */
function isFixedExpression(words: readonly Word[], index: number): boolean {
  const word = words[index];
  if (word?.text === 'well') return !word.startsClause && words[index - 1]?.text === 'as';
  if (word?.text === 'kind') {
    const next = words[index + 1];
    return next?.text === 'of' && !next.startsClause;
  }
  return false;
}

/**
 * A negation among the three words before, in the same clause and not behind a coordinating
 * conjunction ("not cheap but good" leaves "good" alone); "not only" negates nothing.
 */
function isNegated(words: readonly Word[], index: number): boolean {
  for (let back = 1; back <= NEGATION_REACH; back++) {
    const after = words[index - back + 1];
    const word = words[index - back];
    if (!word || after?.startsClause) return false;
    if (isNegation(word)) {
      if (after?.text !== 'only') return true;
    } else if (word.parts.length === 1 && word.parts[0]?.pos === 'CCONJ') {
      return false;
    }
  }
  return false;
}

function isNegation(word: Word): boolean {
  return NEGATION_WORDS.has(word.text) || word.parts.some((part) => NEGATION_WORDS.has(part.text));
}

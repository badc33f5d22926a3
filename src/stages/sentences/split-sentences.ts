import type { Token } from '../../document/annotations.js';
import type { Paragraph } from '../../document/article.js';
import type { Span } from '../../document/span.js';
import { abbreviationEndsSentence, isAbbreviation, isDetachedTitle } from './abbreviation-ends-sentence.js';
import { isOpeningMark, isTerminalPunctuation, isTrailingMark } from './punctuation-marks.js';
import { startsWithCapital, startsWithDigit } from './word-shape.js';

/** A token with its text, read once per paragraph. */
interface Word {
  value: string;
  start: number;
  end: number;
  pos: string;
}

/**
 * Splits every paragraph into sentences. Each sentence runs from its first token to its last
 * (closing quotes and brackets included), so sentences never cross a paragraph, never overlap,
 * and every token of a paragraph lies in exactly one. The title is always one sentence; a
 * paragraph without tokens has none. `tokens` and `paragraphs` are in text order.
 */
export function splitSentences(
  text: string,
  tokens: readonly Token[],
  paragraphs: readonly Paragraph[],
): Span[] {
  const sentences: Span[] = [];
  let next = 0;
  for (const paragraph of paragraphs) {
    const words: Word[] = [];
    for (; next < tokens.length; next++) {
      const token = tokens[next] as Token;
      if (token.start >= paragraph.end) break;
      if (token.start < paragraph.start) continue;
      words.push({
        value: text.slice(token.start, token.end),
        start: token.start,
        end: token.end,
        pos: token.pos,
      });
    }
    if (paragraph.kind === 'title') sentences.push(...spanOf(words, 0, words.length - 1));
    else sentences.push(...splitParagraph(words));
  }
  return sentences;
}

function splitParagraph(words: readonly Word[]): Span[] {
  const sentences: Span[] = [];
  let first = 0;
  let index = 0;
  while (index < words.length) {
    const value = words[index]?.value ?? '';
    if (!isTerminalPunctuation(value) && !isAbbreviation(value)) {
      index++;
      continue;
    }
    const last = lastTrailingMark(words, index);
    if (endsSentence(words, index, last)) {
      sentences.push(...spanOf(words, first, last));
      first = last + 1;
    }
    index = last + 1;
  }
  sentences.push(...spanOf(words, first, words.length - 1));
  return sentences;
}

/** The last of the closing quotes, brackets and extra `!?` that follow the word at `index`. */
function lastTrailingMark(words: readonly Word[], index: number): number {
  let last = index;
  for (;;) {
    const previous = words[last];
    const word = words[last + 1];
    if (!previous || !word || !isTrailingMark(word.value, word.start === previous.end)) return last;
    last++;
  }
}

/**
 * Whether the sentence ends after `last`, given that the word at `index` is terminal
 * punctuation or an abbreviation: decided by the first word of what follows.
 */
function endsSentence(words: readonly Word[], index: number, last: number): boolean {
  const lastWord = words[last];
  const after = words[last + 1];
  if (!lastWord || !after) return true;
  // Text that runs on without a space is one word that wink cut up ("Ph.D.", "end.Then").
  if (after.start === lastWord.end) return false;

  let nextIndex = last + 1;
  while (nextIndex < words.length && isOpeningMark(words[nextIndex]?.value ?? '')) nextIndex++;
  const next = words[nextIndex];
  const word = words[index];
  if (!next || !word) return false;

  if (isAbbreviation(word.value)) return abbreviationEndsSentence(word.value, next.value, next.pos);
  const before = words[index - 1];
  if (word.value === '.' && before?.end === word.start && isDetachedTitle(before.value)) return false;
  return startsWithCapital(next.value) || startsWithDigit(next.value);
}

/** The span from the start of word `first` to the end of word `last`; none when the range is empty. */
function spanOf(words: readonly Word[], first: number, last: number): Span[] {
  const start = words[first]?.start;
  const end = words[last]?.end;
  return start === undefined || end === undefined || first > last ? [] : [{ start, end }];
}

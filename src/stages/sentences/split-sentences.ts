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
 * and every token of a paragraph (other than white space) lies in exactly one. The title is
 * always one sentence; a paragraph without tokens has none. `tokens` and `paragraphs` are in
 * text order.
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
      const value = text.slice(token.start, token.end);
      // wink makes tokens of white space other than single spaces; they belong to no sentence.
      if (token.start < paragraph.start || value.trim().length === 0) continue;
      words.push({
        value,
        start: token.start,
        end: token.end,
        pos: token.pos,
      });
    }
    if (paragraph.kind === 'title') pushSentence(sentences, words, 0, words.length - 1);
    else splitParagraph(words, sentences);
  }
  return sentences;
}

/** Appends the sentences of one paragraph's words to `sentences`. */
function splitParagraph(words: readonly Word[], sentences: Span[]): void {
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
      pushSentence(sentences, words, first, last);
      first = last + 1;
    }
    index = last + 1;
  }
  pushSentence(sentences, words, first, words.length - 1);
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

/** Appends the span from the start of word `first` to the end of word `last`, unless the range is empty. */
function pushSentence(sentences: Span[], words: readonly Word[], first: number, last: number): void {
  const start = words[first]?.start;
  const end = words[last]?.end;
  if (start !== undefined && end !== undefined && first <= last) sentences.push({ start, end });
}

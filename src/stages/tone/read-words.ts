import type { Token } from '../../document/annotations.js';
import type { Span } from '../../document/span.js';

/** One token of a word: lower case, curly apostrophes made straight, with its part of speech. */
export interface WordPart {
  text: string;
  pos: string;
}

/**
 * A word as a reader counts it: the tokens written together, directly ("did" + "n't", "can" +
 * "not", "Israel" + "'s") or through a hyphen or apostrophe ("well-being"). Punctuation is not
 * a word; a number is.
 */
export interface Word extends Span {
  /** The whole word, lower case, curly apostrophes made straight ("well-being", "didn't"). */
  text: string;
  parts: WordPart[];
  /** A paragraph starts before it, or punctuation other than quotation marks stands between it and the word before. */
  startsClause: boolean;
  /** It is the first word of its paragraph or follows `.`, `?`, `!` or `…`: its capital says nothing. */
  startsSentence: boolean;
}

const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** Marks that join the words on either side when nothing separates them: "well-being", "rock'n'roll". */
const JOINERS: ReadonlySet<string> = new Set(['-', '‐', '‑', "'", '’']);
/** Punctuation that ends a clause. Quotation marks, `$` and `%` do not. */
const CLAUSE_BREAK = /[.,;:!?…()[\]{}\-‐‑–—]/;
const SENTENCE_END = /^[.?!…]+$/;

/** The words of the text, in order, from its tokens; `paragraphs` in text order. */
export function readWords(text: string, tokens: readonly Token[], paragraphs: readonly Span[]): Word[] {
  const words: Word[] = [];
  let current: Word | undefined;
  /** A joiner touching the end of `current`, which joins it to the next token if that touches it too. */
  let joiner: { end: number; isBreak: boolean } | undefined;
  let isBreak = true;
  let isSentenceStart = true;
  let paragraph = 0;
  for (const token of tokens) {
    let nextParagraph = paragraph;
    while (nextParagraph < paragraphs.length - 1 && token.start >= (paragraphs[nextParagraph]?.end ?? 0)) {
      nextParagraph++;
    }
    if (nextParagraph !== paragraph) {
      paragraph = nextParagraph;
      current = undefined;
      joiner = undefined;
      isBreak = true;
      isSentenceStart = true;
    }
    const value = text.slice(token.start, token.end);
    if (HAS_LETTER_OR_DIGIT.test(value)) {
      const part = { text: normalize(value), pos: token.pos };
      const joins = current !== undefined && token.start === (joiner ? joiner.end : current.end);
      if (current && joins) {
        current.parts.push(part);
        current.end = token.end;
      } else {
        if (joiner?.isBreak) isBreak = true;
        current = {
          start: token.start,
          end: token.end,
          text: '',
          parts: [part],
          startsClause: isBreak,
          startsSentence: isSentenceStart,
        };
        words.push(current);
        isBreak = false;
        isSentenceStart = false;
      }
      joiner = undefined;
      continue;
    }
    if (joiner?.isBreak) isBreak = true;
    joiner = undefined;
    if (current && token.start === current.end && JOINERS.has(value)) {
      joiner = { end: token.end, isBreak: CLAUSE_BREAK.test(value) };
    } else if (CLAUSE_BREAK.test(value)) {
      isBreak = true;
      if (SENTENCE_END.test(value)) isSentenceStart = true;
    }
  }
  for (const word of words) word.text = normalize(text.slice(word.start, word.end));
  return words;
}

function normalize(value: string): string {
  return value.toLowerCase().replaceAll('’', "'");
}

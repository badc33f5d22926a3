import type { Token } from '../../document/annotations.js';
import type { Span } from '../../document/span.js';
import { isHyphen, isLinkedName, LONGEST_LINKED_NAME } from '../tokens/linked-name.js';

/** A token of one sentence, read once: its text, lower-cased form, lemma and part of speech. */
export interface Word extends Span {
  text: string;
  lower: string;
  lemma: string;
  pos: string;
}

/**
 * The words of each sentence, in text order: the tokens that lie inside its span, white space
 * left out. One pass over tokens and sentences, both in text order.
 */
export function wordsBySentence(
  text: string,
  tokens: readonly Token[],
  sentences: readonly Span[],
): Word[][] {
  const result: Word[][] = [];
  let next = 0;
  for (const sentence of sentences) {
    const words: Word[] = [];
    while (next < tokens.length && (tokens[next] as Token).end <= sentence.start) next++;
    for (; next < tokens.length; next++) {
      const token = tokens[next] as Token;
      if (token.start >= sentence.end) break;
      const value = text.slice(token.start, token.end);
      if (value.trim().length === 0) continue;
      const lower = value.toLowerCase();
      words.push({
        start: token.start,
        end: token.end,
        text: value,
        lower,
        lemma: token.lemma.toLowerCase(),
        pos: token.pos,
      });
    }
    result.push(joinLinkedNames(words));
  }
  return result;
}

/** What hyphen-linked words are as one word: a place name, a compound adjective, or neither. */
function joinedPos(text: string, lastPart: Word): 'PROPN' | 'ADJ' | undefined {
  if (isLinkedName(text)) return 'PROPN';
  return isCompoundParticiple(lastPart) ? 'ADJ' : undefined;
}

/**
 * The last part of a compound adjective such as "government-held", "UK-based", "military-ruled":
 * a participle in -ed, or one of the irregular ones such compounds use. Read as separate words, its
 * first part heads a phrase of its own ("a government" as the target of "bombarded a
 * government-held part of Syria") and the participle reads as a verb.
 */
function isCompoundParticiple(word: Word): boolean {
  return /^\p{Ll}+ed$/u.test(word.text) || COMPOUND_PARTICIPLES.has(word.lower);
}

const COMPOUND_PARTICIPLES = new Set(['held', 'run', 'led', 'born', 'made', 'built', 'won', 'torn', 'hit']);

/**
 * A linked place name split by the tokenizer ("Port", "-", "au", "-", "Prince") as the one name it
 * is: otherwise its last part reads as a phrase of its own, and "Prince" as an agent (---GOV). A
 * compound adjective ending in a participle ("rebel-held") is one adjective.
 */
function joinLinkedNames(words: Word[]): Word[] {
  const joined: Word[] = [];
  for (let at = 0; at < words.length; at++) {
    let last = at;
    while (
      last + 2 < words.length &&
      last + 2 - at < LONGEST_LINKED_NAME &&
      isHyphen((words[last + 1] as Word).text) &&
      (words[last] as Word).end === (words[last + 1] as Word).start &&
      (words[last + 1] as Word).end === (words[last + 2] as Word).start
    )
      last += 2;
    const first = words[at] as Word;
    const end = (words[last] as Word).end;
    const text = words
      .slice(at, last + 1)
      .map((word) => word.text)
      .join('');
    const pos = last > at ? joinedPos(text, words[last] as Word) : undefined;
    if (pos) {
      const lower = text.toLowerCase();
      joined.push({ start: first.start, end, text, lower, lemma: lower, pos });
      at = last;
    } else joined.push(first);
  }
  return joined;
}

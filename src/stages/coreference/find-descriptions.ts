import type { Token } from '../../document/annotations.js';
import type { Span } from '../../document/span.js';
import { isDisqualifyingModifier, MAX_TITLE_WORDS, roleTitle } from './person-titles.js';

/** "the prime minister": a title after "the" and at most this many adjectives ("the Israeli prime minister"). */
const MAX_MODIFIERS = 2;

export interface Description extends Span {
  /** Index of its first token ("the"). */
  token: number;
  title: string;
}

/**
 * Noun phrases "the" + adjectives + a role title that stand for a person named earlier. A title
 * followed by a name or noun is not one ("the president Putin", "the general public"), nor one
 * followed by "of" (the president of another country), nor one inside a name.
 */
export function findDescriptions(
  text: string,
  tokens: readonly Token[],
  isInsideName: (token: number) => boolean,
): Description[] {
  const words = tokens.map((token) => text.slice(token.start, token.end));
  const descriptions: Description[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (words[i]?.toLowerCase() !== 'the' || isInsideName(i)) continue;
    const found = titleAfter(i + 1);
    if (!found) continue;
    const first = tokens[i];
    const last = tokens[found.end - 1];
    if (first && last) descriptions.push({ start: first.start, end: last.end, token: i, title: found.title });
    i = found.end - 1;
  }
  return descriptions;

  function titleAfter(from: number): { title: string; end: number } | undefined {
    for (let j = from; j <= from + MAX_MODIFIERS && j < tokens.length; j++) {
      for (let k = MAX_TITLE_WORDS; k >= 1; k--) {
        const title = roleTitle(words.slice(j, j + k));
        if (title && j + k <= tokens.length && isWholePhrase(j, j + k)) return { title, end: j + k };
      }
      const word = words[j] ?? '';
      const pos = tokens[j]?.pos;
      if (isInsideName(j) || isDisqualifyingModifier(word) || (pos !== 'ADJ' && pos !== 'PROPN'))
        return undefined;
    }
    return undefined;
  }

  function isWholePhrase(start: number, next: number): boolean {
    for (let j = start; j < next; j++) if (isInsideName(j)) return false;
    const token = tokens[next];
    if (!token) return true;
    return token.pos !== 'NOUN' && token.pos !== 'PROPN' && words[next]?.toLowerCase() !== 'of';
  }
}

import type { Span } from '../../document/span.js';
import { isHyphen, isLinkedName, LONGEST_LINKED_NAME } from '../tokens/linked-name.js';

/**
 * The tokens `[start, end)` of a tagged name, as the name should run: the whole hyphenated word
 * when the name is part of a linked name (see linked-name.ts: the tokenizer splits
 * "Port-au-Prince" in five, and the tagger, trained partly on text split the same way, may stop
 * at "Port-"), and otherwise without a hyphen left hanging at either end.
 */
export function nameTokens(
  tokens: readonly Span[],
  text: string,
  start: number,
  end: number,
): { start: number; end: number } {
  const joined = (left: number) =>
    (tokens[left]?.end ?? -1) === (tokens[left + 1]?.start ?? -2) &&
    (isHyphenToken(tokens[left], text) || isHyphenToken(tokens[left + 1], text));
  let first = start;
  let last = end - 1;
  const reach = LONGEST_LINKED_NAME - (end - start);
  while (first > 0 && start - first < reach && joined(first - 1)) first--;
  while (last < tokens.length - 1 && last - first + 1 < LONGEST_LINKED_NAME && joined(last)) last++;
  const word = text.slice(tokens[first]?.start ?? 0, tokens[last]?.end ?? 0);
  if ((first < start || last > end - 1) && isLinkedName(word)) return { start: first, end: last + 1 };
  let from = start;
  let to = end;
  while (to - from > 1 && isHyphenToken(tokens[to - 1], text)) to--;
  while (to - from > 1 && isHyphenToken(tokens[from], text)) from++;
  return { start: from, end: to };
}

function isHyphenToken(token: Span | undefined, text: string): boolean {
  return token !== undefined && isHyphen(text.slice(token.start, token.end));
}

import type { Token } from '../../document/annotations.js';
import type { Span } from '../../document/span.js';

const OPENING = new Set(['“', '„', '«']);
const CLOSING = new Set(['”', '»']);

/**
 * Whether each token is inside quotation marks. A quotation left open ends with its paragraph,
 * as news style reopens a quote that runs on rather than closing it.
 */
export function markQuotedTokens(
  text: string,
  tokens: readonly Token[],
  paragraphs: readonly Span[],
): boolean[] {
  const quoted: boolean[] = [];
  let isOpen = false;
  let p = 0;
  for (const token of tokens) {
    let paragraphChanged = false;
    while (p < paragraphs.length && (paragraphs[p]?.end ?? 0) <= token.start) {
      p++;
      paragraphChanged = true;
    }
    if (paragraphChanged) isOpen = false;
    const mark = text.slice(token.start, token.end);
    if (OPENING.has(mark) || (mark === '"' && !isOpen)) {
      isOpen = true;
      quoted.push(true);
    } else if (CLOSING.has(mark) || mark === '"') {
      isOpen = false;
      quoted.push(true);
    } else {
      quoted.push(isOpen);
    }
  }
  return quoted;
}

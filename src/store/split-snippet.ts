import type { Span } from '../document/span.js';

/**
 * Turns a snippet with highlight markers into plain text on one line (paragraph breaks and runs
 * of white space fold to one space) and the spans of the highlights in it.
 */
export function splitSnippet(
  marked: string,
  open: string,
  close: string,
): { snippet: string; highlights: Span[] } {
  const highlights: Span[] = [];
  let snippet = '';
  let start = -1;
  for (const char of marked) {
    if (char === open) start = snippet.length;
    else if (char === close && start >= 0) {
      highlights.push({ start, end: snippet.length });
      start = -1;
    } else if (/\s/.test(char)) {
      if (!snippet.endsWith(' ')) snippet += ' ';
    } else snippet += char;
  }
  return { snippet, highlights };
}

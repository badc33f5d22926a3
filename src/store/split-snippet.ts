import type { Span } from '../document/span.js';

/** Turns a snippet with highlight markers into plain text and the spans of the highlights. */
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
    } else snippet += char;
  }
  return { snippet, highlights };
}

import type { Span } from '../api/types.js';

/** Text with some spans of it in `<mark>`: built as React elements, so the text is never parsed as HTML. */
export function MarkedText({ text, marks }: { text: string; marks: readonly Span[] }) {
  const sorted = [...marks].sort((a, b) => a.start - b.start);
  const parts: (string | { mark: string; at: number })[] = [];
  let at = 0;
  for (const span of sorted) {
    if (span.start < at || span.end <= span.start) continue;
    if (span.start > at) parts.push(text.slice(at, span.start));
    parts.push({ mark: text.slice(span.start, span.end), at: span.start });
    at = span.end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return (
    <>{parts.map((part) => (typeof part === 'string' ? part : <mark key={part.at}>{part.mark}</mark>))}</>
  );
}

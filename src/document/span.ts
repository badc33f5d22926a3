/**
 * A half-open range `[start, end)` in UTF-16 code units of an article's `text`,
 * so that `text.slice(start, end)` is the evidence it points at.
 */
export interface Span {
  start: number;
  end: number;
}

export function sliceSpan(text: string, span: Span): string {
  return text.slice(span.start, span.end);
}

export function spanContains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

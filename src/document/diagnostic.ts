import type { Span } from './span.js';

export type Severity = 'error' | 'warning' | 'info';

/**
 * A problem found in one article's data: recorded with the article, never thrown.
 * `span` points into the article text; `line` is a 1-based line of the input file
 * when the problem was found while reading it.
 */
export interface Diagnostic {
  severity: Severity;
  code: string;
  message: string;
  span?: Span;
  line?: number;
  /** The stage that recorded it, when one did. */
  stage?: string;
}

import { parseHTML } from 'linkedom';
import { InputError } from '../input-error.js';
import { measureNesting } from './measure-nesting.js';

const HAS_HTML_ELEMENT = /<html[\s>]/i;
/**
 * The deepest nesting read. Real pages stay under 50 (measured on the 2,300 pages of the
 * extraction benchmarks); walking a tree costs time with the square of its depth, and a
 * recursive walk overflows the stack at a few thousand.
 */
export const MAX_NESTING = 400;

/**
 * Parses an HTML page into a DOM document with linkedom: several times faster than jsdom and
 * enough for reading (no layout, no scripts run). Callers that mutate the tree, as Readability
 * does, get their own document. A fragment without an `<html>` element is wrapped in one, since
 * linkedom otherwise makes its first element the root. A page nested deeper than MAX_NESTING is
 * refused before it is parsed.
 */
export function parseHtml(html: string): Document {
  const depth = measureNesting(html);
  if (depth > MAX_NESTING) {
    throw new InputError(
      `elements nest ${depth} deep, over the limit of ${MAX_NESTING}: not a page that can be read`,
    );
  }
  const page = HAS_HTML_ELEMENT.test(html) ? html : `<!DOCTYPE html><html><body>${html}</body></html>`;
  return parseHTML(page).document as unknown as Document;
}

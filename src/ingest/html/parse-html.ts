import { parseHTML } from 'linkedom';

const HAS_HTML_ELEMENT = /<html[\s>]/i;

/**
 * Parses an HTML page into a DOM document with linkedom: several times faster than jsdom and
 * enough for reading (no layout, no scripts run). Callers that mutate the tree, as Readability
 * does, get their own document. A fragment without an `<html>` element is wrapped in one, since
 * linkedom otherwise makes its first element the root.
 */
export function parseHtml(html: string): Document {
  const page = HAS_HTML_ELEMENT.test(html) ? html : `<!DOCTYPE html><html><body>${html}</body></html>`;
  return parseHTML(page).document as unknown as Document;
}

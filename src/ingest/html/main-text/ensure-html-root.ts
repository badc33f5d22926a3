import { parseHtml } from '../parse-html.js';

const DOCUMENT_TAGS = /<\/?(?:html|head|body)(?:\s[^>]*)?>/gi;

/**
 * The document itself when its root is `<html>`; otherwise the page parsed again inside one. A
 * page with an element before its `<html>` tag (a `<style>`, a PHP warning's `<br>`) comes out of
 * linkedom with that element as the root and no text in `body`.
 */
export function ensureHtmlRoot(document: Document): Document {
  if (document.documentElement?.tagName.toUpperCase() === 'HTML' && document.body) return document;
  // linkedom serialises the whole document, every top-level node included, as its string.
  const html = document
    .toString()
    .replace(/^<!doctype[^>]*>/i, '')
    .replace(DOCUMENT_TAGS, ' ');
  return parseHtml(`<!DOCTYPE html><html><body>${html}</body></html>`);
}

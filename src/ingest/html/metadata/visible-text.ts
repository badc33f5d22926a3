const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'NAV', 'FOOTER', 'ASIDE', 'HEAD', 'SVG']);
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const cache = new WeakMap<Document, string>();

/**
 * The body's text without scripts, styles, navigation, asides and footers; each element's text
 * ends with a line break and runs of spaces are one space. Read once per document and kept.
 */
export function visibleText(document: Document): string {
  const cached = cache.get(document);
  if (cached !== undefined) return cached;
  const parts: string[] = [];
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === TEXT_NODE) parts.push(child.nodeValue ?? '');
      else if (child.nodeType === ELEMENT_NODE && !SKIPPED.has((child as Element).tagName.toUpperCase())) {
        walk(child);
        parts.push('\n');
      }
    }
  };
  if (document.body) walk(document.body);
  const text = parts.join('').replace(/[ \t\u00a0]+/g, ' ');
  cache.set(document, text);
  return text;
}

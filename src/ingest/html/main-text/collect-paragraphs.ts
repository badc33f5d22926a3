/** Elements whose start and end break a paragraph. */
const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BR',
  'CAPTION',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);
/** Elements whose text is never reading text. */
const SKIPPED_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SELECT',
  'TEXTAREA',
  'BUTTON',
  'SVG',
  'svg',
]);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Collapses runs of white space into one space and trims. */
export function normalizeWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * The text of an element as paragraphs: block elements and line breaks end one, inline elements
 * and text join into one; white space normalised, empty paragraphs dropped. Walks with its own
 * stack, so a deeply nested tree cannot overflow the call stack.
 */
export function collectParagraphs(root: Element): string[] {
  const paragraphs: string[] = [];
  let parts: string[] = [];
  const flush = () => {
    const text = normalizeWhitespace(parts.join(''));
    if (text) paragraphs.push(text);
    parts = [];
  };
  // A null entry marks the end of a block element.
  const stack: (Node | null)[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null || node === undefined) {
      flush();
      continue;
    }
    if (node.nodeType === TEXT_NODE) {
      parts.push(node.nodeValue ?? '');
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue;
    const tag = (node as Element).tagName;
    if (SKIPPED_TAGS.has(tag)) continue;
    const isBlock = BLOCK_TAGS.has(tag);
    if (isBlock) {
      flush();
      stack.push(null);
    }
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as Node);
  }
  flush();
  return paragraphs;
}

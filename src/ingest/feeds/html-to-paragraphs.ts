import { parseHtml } from '../html/parse-html.js';

/** Elements that start and end a paragraph of their own. */
const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BR',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
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
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
]);

/** Elements whose content is never text to read. */
const DROPPED = new Set([
  'BUTTON',
  'CANVAS',
  'EMBED',
  'IFRAME',
  'NOSCRIPT',
  'OBJECT',
  'SCRIPT',
  'SELECT',
  'STYLE',
  'SVG',
  'TEMPLATE',
]);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/**
 * The paragraphs of an HTML fragment as plain text: each block element (`p`, `li`, `h2`, `div`,
 * `br`, …) ends one, white space inside each folds to single spaces, empty ones are dropped, and
 * scripts, styles and other non-text elements are left out.
 */
export function htmlToParagraphs(html: string): string[] {
  const document = parseHtml(html);
  const paragraphs: string[] = [];
  let current = '';
  const flush = () => {
    const paragraph = current.replace(/\s+/g, ' ').trim();
    if (paragraph) paragraphs.push(paragraph);
    current = '';
  };
  const walk = (node: Node) => {
    for (const each of Array.from(node.childNodes)) {
      if (each.nodeType === TEXT_NODE) current += each.textContent ?? '';
      else if (each.nodeType === ELEMENT_NODE) {
        const name = (each as Element).tagName.toUpperCase();
        if (DROPPED.has(name)) continue;
        if (!BLOCKS.has(name)) walk(each);
        else {
          flush();
          walk(each);
          flush();
        }
      }
    }
  };
  walk(document.body ?? document.documentElement);
  flush();
  return paragraphs;
}

/** An HTML fragment as one line of plain text: its paragraphs joined by spaces. */
export function htmlToText(html: string): string {
  if (!html.includes('<') && !html.includes('&')) return html.replace(/\s+/g, ' ').trim();
  return htmlToParagraphs(html).join(' ');
}

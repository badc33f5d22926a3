/** A paragraph of an element's text, with what the filters need to know about where it stood. */
export interface TextBlock {
  /** White space normalised, characters composed (NFC), never empty. */
  text: string;
  /** Characters of `text` inside links. */
  linkLength: number;
  /** The nearest block element's tag name, upper case (`P`, `LI`, `H2`...). */
  tag: string;
  /** Tag names of the enclosing elements below the root, nearest first, upper case. */
  ancestors: string[];
  /** The `class` and `id` values of the text's element and its enclosing elements, nearest first, lower case. */
  hints: string[];
  /**
   * Numbers of the text's element and its enclosing elements (0 for the root, counting in document
   * order), nearest first: twice as many levels as `hints`, whose entries are parallel to the first.
   */
  path: number[];
}

/** How big a walked tree was, for callers that bound their further work by it. */
export interface TreeSize {
  elements: number;
  /** The deepest element's number of ancestors below the root. */
  depth: number;
  /** Whether the walk stopped at `maxElements`, leaving the rest of the tree unread. */
  isTruncated: boolean;
}

export interface CollectOptions {
  /** Receives each text node's block index. */
  owners?: Map<Node, number>;
  /** Receives the size of the tree walked. */
  size?: TreeSize;
  /** Stop after this many elements, returning the blocks read so far. */
  maxElements?: number;
}

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
/**
 * Elements whose text is never reading text. MathML's text is a formula's symbols and its TeX
 * source ("N {\displaystyle N}"), which would break the sentence around it.
 */
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
  'MATH',
  'math',
]);
const MAX_HINT_LEVELS = 8;
/** Enclosing elements' numbers reach further, for the own choice to see past page builders' wrappers. */
const MAX_PATH_LEVELS = 16;
/**
 * Class words of the Elementor page builder, which set every paragraph in an
 * `elementor-widget-container`: its "widget" would mark the article's text as a sidebar's, and
 * they say nothing else about a block.
 */
const LAYOUT_CLASSES = /(?:^|\s)elementor-\S*/g;

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/**
 * Collapses runs of white space into one space, trims, and composes characters (NFC): a page
 * written with decomposed letters ("u" and a combining diaeresis for "ü") would otherwise not
 * match the same words typed elsewhere.
 */
export function normalizeText(text: string): string {
  return text.replace(/\s+/g, ' ').trim().normalize('NFC');
}

interface Frame {
  element: Element;
  tag: string;
  /** The nearest enclosing block's tag. */
  blockTag: string;
  hints: string[];
  path: number[];
  ancestors: string[];
  isLink: boolean;
}

/**
 * The text of an element as blocks: block elements and line breaks end one, inline elements and
 * text join into one. Walks with its own stack, so a deeply nested tree cannot overflow the call
 * stack.
 */
export function collectBlocks(root: Element, options: CollectOptions = {}): TextBlock[] {
  const { owners, size, maxElements = Number.POSITIVE_INFINITY } = options;
  const blocks: TextBlock[] = [];
  let parts: string[] = [];
  let textNodes: Node[] = [];
  let linkParts: string[] = [];
  let context: Frame | undefined;
  let elementCount = 0;
  const flush = () => {
    if (parts.length > 0 && context) {
      const text = normalizeText(parts.join(''));
      if (text) {
        if (owners) for (const node of textNodes) owners.set(node, blocks.length);
        blocks.push({
          text,
          linkLength: Math.min(text.length, normalizeText(linkParts.join('')).length),
          tag: context.blockTag,
          ancestors: context.ancestors,
          hints: context.hints,
          path: context.path,
        });
      }
    }
    parts = [];
    textNodes = [];
    linkParts = [];
  };
  const frameOf = (element: Element, parent: Frame | undefined): Frame => {
    const tag = element.tagName.toUpperCase();
    const own = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`
      .trim()
      .toLowerCase()
      .replace(LAYOUT_CLASSES, '')
      .trim();
    const hints = parent ? [own, ...parent.hints.slice(0, MAX_HINT_LEVELS - 1)] : [own];
    const path = parent ? [elementCount, ...parent.path.slice(0, MAX_PATH_LEVELS - 1)] : [elementCount];
    elementCount++;
    return {
      element,
      tag,
      blockTag: BLOCK_TAGS.has(tag) ? tag : (parent?.blockTag ?? 'DIV'),
      hints,
      path,
      ancestors: parent ? [parent.tag, ...parent.ancestors.slice(0, 15)] : [],
      isLink: tag === 'A' || (parent?.isLink ?? false),
    };
  };
  // Each element's children are pushed after a marker that closes the element once they are done.
  const stack: (Node | { close: Frame })[] = [root];
  const open: Frame[] = [];
  while (stack.length > 0) {
    const item = stack.pop() as Node | { close: Frame };
    if ('close' in item) {
      if (BLOCK_TAGS.has(item.close.tag)) flush();
      open.pop();
      context = open[open.length - 1];
      continue;
    }
    if (item.nodeType === TEXT_NODE) {
      const value = item.nodeValue ?? '';
      parts.push(value);
      if (owners) textNodes.push(item);
      if (context?.isLink) linkParts.push(value);
      continue;
    }
    if (item.nodeType !== ELEMENT_NODE) continue;
    const element = item as Element;
    if (SKIPPED_TAGS.has(element.tagName)) continue;
    if (elementCount >= maxElements) {
      if (size) size.isTruncated = true;
      break;
    }
    const frame = frameOf(element, open[open.length - 1]);
    if (BLOCK_TAGS.has(frame.tag)) flush();
    open.push(frame);
    if (size && open.length > size.depth) size.depth = open.length - 1;
    context = frame;
    stack.push({ close: frame });
    const children = element.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as Node);
  }
  flush();
  if (size) size.elements = elementCount;
  return blocks;
}

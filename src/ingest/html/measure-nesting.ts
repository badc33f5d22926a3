/** Elements that never have content: no end tag to wait for. */
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);
/** Elements whose end tag may be left out: a parser closes them itself, so they never pile up. */
const OPTIONAL_END = new Set([
  'html',
  'head',
  'body',
  'p',
  'li',
  'dt',
  'dd',
  'option',
  'optgroup',
  'tr',
  'td',
  'th',
  'thead',
  'tbody',
  'tfoot',
  'colgroup',
  'caption',
  'rb',
  'rt',
  'rp',
]);
/** Elements whose content is text, not markup: skipped whole. */
const RAW_TEXT = ['script', 'style', 'textarea', 'title', 'xmp', 'noscript'];
const TAG = /<(!--|\/?)([a-zA-Z][\w:-]*)?[^>]*?(\/?)>/g;
const RAW_TEXT_END = new Map(RAW_TEXT.map((name) => [name, new RegExp(`</${name}`, 'gi')]));

/**
 * How deeply the elements of a page nest, from its tags alone, in one pass over the text and
 * without building a tree: a page nested tens of thousands deep must be turned away before a
 * parser or a recursive walk overflows the stack on it. Approximate on purpose (an unclosed tag
 * counts until its parent closes), and never below the real depth of a well-formed page.
 */
export function measureNesting(html: string): number {
  const open: string[] = [];
  let deepest = 0;
  TAG.lastIndex = 0;
  for (let match = TAG.exec(html); match; match = TAG.exec(html)) {
    const [whole, start, rawName, selfClosing] = match;
    if (start === '!--') {
      const end = html.indexOf('-->', match.index + 4);
      if (end < 0) break;
      TAG.lastIndex = end + 3;
      continue;
    }
    if (!rawName) continue;
    const name = rawName.toLowerCase();
    if (start === '/') {
      const at = open.lastIndexOf(name);
      if (at >= 0) open.length = at;
      continue;
    }
    const rawTextEnd = RAW_TEXT_END.get(name);
    if (rawTextEnd) {
      rawTextEnd.lastIndex = match.index + whole.length;
      if (!rawTextEnd.exec(html)) break;
      TAG.lastIndex = rawTextEnd.lastIndex;
      continue;
    }
    if (selfClosing || VOID.has(name) || OPTIONAL_END.has(name)) continue;
    open.push(name);
    if (open.length > deepest) deepest = open.length;
  }
  return deepest;
}

/** One object of a page's JSON-LD, as parsed. */
export type JsonLdNode = Record<string, unknown>;

/**
 * Every object in the page's `<script type="application/ld+json">` blocks, with `@graph` lists and
 * top-level arrays flattened and nested objects (an article's `author`, `publisher`) kept in place.
 * A block that is not valid JSON is read again with control characters and trailing commas removed,
 * then skipped if it still fails: many sites write JSON-LD by hand.
 */
export function readJsonLd(document: Document): JsonLdNode[] {
  const nodes: JsonLdNode[] = [];
  for (const script of document.querySelectorAll('script[type]')) {
    if (!/ld\+json/i.test(script.getAttribute('type') ?? '')) continue;
    const value = parseJson(script.textContent ?? '');
    collect(value, nodes);
  }
  return nodes;
}

function parseJson(text: string): unknown {
  const trimmed = text.trim().replace(/^<!\[CDATA\[|\]\]>$/g, '');
  try {
    return JSON.parse(trimmed);
  } catch {
    try {
      return JSON.parse(trimmed.replace(/\p{Cc}+/gu, ' ').replace(/,\s*([}\]])/g, '$1'));
    } catch {
      return undefined;
    }
  }
}

function collect(value: unknown, nodes: JsonLdNode[]): void {
  if (Array.isArray(value)) {
    for (const item of value) collect(item, nodes);
    return;
  }
  if (!value || typeof value !== 'object') return;
  const node = value as JsonLdNode;
  nodes.push(node);
  if (node['@graph']) collect(node['@graph'], nodes);
}

/** The node's `@type` values, lower case (`['newsarticle']`). */
export function jsonLdTypes(node: JsonLdNode): string[] {
  const type = node['@type'];
  const types = Array.isArray(type) ? type : [type];
  return types.filter((item): item is string => typeof item === 'string').map((item) => item.toLowerCase());
}

/** Whether the node describes an article or post rather than the site, a person or a web page. */
export function isArticleNode(node: JsonLdNode): boolean {
  return jsonLdTypes(node).some((type) =>
    /article|posting|report|story|review|creativework|liveblog/.test(type),
  );
}

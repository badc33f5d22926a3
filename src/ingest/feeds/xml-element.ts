/**
 * An element as `parseXml` gives it: attributes under `@name` (prefix kept: `@xml:base`), its
 * own text under `#text`, and each child element's name (prefix kept: `content:encoded`) mapped
 * to the list of those children in document order.
 */
export interface XmlElement {
  [key: string]: unknown;
}

/** The namespaces feeds use, each with the prefix feeds conventionally give it. */
export const NAMESPACES = {
  atom: { prefix: 'atom', uris: ['http://www.w3.org/2005/Atom', 'http://purl.org/atom/ns#'] },
  content: { prefix: 'content', uris: ['http://purl.org/rss/1.0/modules/content/'] },
  dc: { prefix: 'dc', uris: ['http://purl.org/dc/elements/1.1/'] },
  media: { prefix: 'media', uris: ['http://search.yahoo.com/mrss/', 'http://search.yahoo.com/mrss'] },
  rss1: { prefix: 'rss', uris: ['http://purl.org/rss/1.0/'] },
} as const;

export type Namespace = keyof typeof NAMESPACES;

/** Gives the names (`content:encoded`) an element of a namespace may have in one document. */
export type NameIn = (namespace: Namespace, local: string) => string[];

/**
 * Reads the namespace declarations on the root element, so that `content:encoded` is found under
 * whatever prefix the feed declared. The conventional prefix is always tried too: many feeds use
 * `media:` or `dc:` without declaring it.
 */
export function namesIn(root: XmlElement): NameIn {
  const declared = new Map<string, string[]>();
  for (const [key, value] of Object.entries(root)) {
    if (typeof value !== 'string' || !(key === '@xmlns' || key.startsWith('@xmlns:'))) continue;
    const prefix = key === '@xmlns' ? '' : key.slice('@xmlns:'.length);
    declared.set(value.trim(), [...(declared.get(value.trim()) ?? []), prefix]);
  }
  return (namespace, local) => {
    const { prefix, uris } = NAMESPACES[namespace];
    const prefixes = new Set(uris.flatMap((uri) => declared.get(uri) ?? []));
    prefixes.add(prefix);
    return [...prefixes].map((each) => (each ? `${each}:${local}` : local));
  };
}

/** The child elements with any of these names, in document order within each name. */
export function children(element: XmlElement | undefined, names: string | readonly string[]): XmlElement[] {
  if (!element) return [];
  const found: XmlElement[] = [];
  for (const name of typeof names === 'string' ? [names] : new Set(names)) {
    const value = element[name];
    if (Array.isArray(value)) found.push(...(value as XmlElement[]));
  }
  return found;
}

export function child(
  element: XmlElement | undefined,
  names: string | readonly string[],
): XmlElement | undefined {
  return children(element, names)[0];
}

export function attribute(element: XmlElement | undefined, name: string): string | undefined {
  const value = element?.[`@${name}`];
  return typeof value === 'string' ? value.trim() : undefined;
}

/**
 * The element's text, trimmed. When a feed wrote markup where text belongs, the text of the child
 * elements is added after its own (their order among the text is not kept by the parser).
 */
export function elementText(element: XmlElement | undefined): string {
  if (!element) return '';
  const parts: string[] = [];
  for (const [key, value] of Object.entries(element)) {
    if (key === '#text' && typeof value === 'string') parts.unshift(value.trim());
    else if (!key.startsWith('@') && Array.isArray(value)) {
      for (const each of value as XmlElement[]) parts.push(elementText(each));
    }
  }
  return parts.filter(Boolean).join(' ');
}

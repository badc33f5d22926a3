import { decodeEntities } from './decode-entities.js';

/**
 * The page's `<meta>` values by key, lower case: a tag's `property`, `name`, `itemprop` or
 * `http-equiv` (`og:title`, `article:published_time`, `dc.date`, `content-language`), each key
 * with its values in document order. Values are trimmed and character references left in them
 * decoded; empty ones are left out.
 */
export function readMetaTags(document: Document): Map<string, string[]> {
  const tags = new Map<string, string[]>();
  for (const meta of document.querySelectorAll('meta')) {
    const content = decodeEntities((meta.getAttribute('content') ?? meta.getAttribute('value') ?? '').trim());
    if (!content) continue;
    for (const attribute of ['property', 'name', 'itemprop', 'http-equiv']) {
      const keys = (meta.getAttribute(attribute) ?? '').toLowerCase().trim();
      // RDFa allows several space-separated properties on one tag ("dc:title og:title").
      for (const key of keys.split(/\s+/)) {
        if (!key) continue;
        const values = tags.get(key) ?? [];
        values.push(content);
        tags.set(key, values);
      }
    }
  }
  return tags;
}

/** The first value under any of the keys, in the keys' order. */
export function firstMeta(tags: Map<string, string[]>, keys: readonly string[]): string | undefined {
  for (const key of keys) {
    const value = tags.get(key)?.[0];
    if (value) return value;
  }
  return undefined;
}

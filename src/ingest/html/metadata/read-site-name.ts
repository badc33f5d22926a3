import { isArticleNode, type JsonLdNode, jsonLdTypes } from './read-json-ld.js';
import { firstMeta } from './read-meta-tags.js';

/**
 * The site's name: `og:site_name`, else the article publisher's name in JSON-LD, else the name
 * of a JSON-LD `WebSite` or `Organization`, else `application-name`.
 */
export function readSiteName(meta: Map<string, string[]>, jsonLd: JsonLdNode[]): string | undefined {
  const fromMeta = firstMeta(meta, ['og:site_name']);
  if (fromMeta) return clean(fromMeta);
  for (const node of jsonLd.filter(isArticleNode)) {
    const name = nameOf(node.publisher);
    if (name) return name;
  }
  const site = jsonLd.find((node) =>
    jsonLdTypes(node).some((type) => type === 'website' || type === 'newsmediaorganization'),
  );
  const name = (site && nameOf(site)) ?? firstMeta(meta, ['application-name', 'apple-mobile-web-app-title']);
  return name ? clean(name) : undefined;
}

function nameOf(value: unknown): string | undefined {
  const item = Array.isArray(value) ? value[0] : value;
  if (typeof item === 'string') return clean(item) || undefined;
  if (item && typeof item === 'object' && typeof (item as JsonLdNode).name === 'string') {
    return clean((item as JsonLdNode).name as string) || undefined;
  }
  return undefined;
}

function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

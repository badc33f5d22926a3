import { isArticleNode, type JsonLdNode } from './read-json-ld.js';
import { firstMeta } from './read-meta-tags.js';
import { resolvePageLink } from './resolve-page-link.js';

/**
 * The article's lead image, absolute: `og:image`, `twitter:image`, the article's JSON-LD `image`
 * (a URL, an `ImageObject` or a list of either) or `<link rel="image_src">`.
 */
export function readImage(
  document: Document,
  meta: Map<string, string[]>,
  jsonLd: JsonLdNode[],
  pageUrl?: string,
): string | undefined {
  const fromJsonLd = jsonLd
    .filter(isArticleNode)
    .map((node) => imageUrl(node.image))
    .find(Boolean);
  const href =
    firstMeta(meta, [
      'og:image',
      'og:image:url',
      'og:image:secure_url',
      'twitter:image',
      'twitter:image:src',
    ]) ??
    fromJsonLd ??
    document.querySelector('link[rel="image_src"]')?.getAttribute('href');
  return resolvePageLink(href, document, pageUrl);
}

function imageUrl(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return imageUrl(value[0]);
  if (value && typeof value === 'object') {
    const node = value as JsonLdNode;
    return typeof node.url === 'string'
      ? node.url
      : typeof node.contentUrl === 'string'
        ? node.contentUrl
        : undefined;
  }
  return undefined;
}

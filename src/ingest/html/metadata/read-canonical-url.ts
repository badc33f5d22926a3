import { firstMeta } from './read-meta-tags.js';
import { resolveUrl } from './resolve-url.js';

/** The page's canonical URL, absolute: `<link rel="canonical">`, else `og:url`. */
export function readCanonicalUrl(
  document: Document,
  meta: Map<string, string[]>,
  pageUrl?: string,
): string | undefined {
  const links = [...document.querySelectorAll('link[rel][href]')];
  const canonical = links.find((link) => /(?:^|\s)canonical(?:\s|$)/i.test(link.getAttribute('rel') ?? ''));
  return (
    resolveUrl(canonical?.getAttribute('href'), document, pageUrl) ??
    resolveUrl(firstMeta(meta, ['og:url']), document, pageUrl)
  );
}

import { firstMeta } from './read-meta-tags.js';
import { resolvePageLink } from './resolve-page-link.js';

/** The page's canonical URL, absolute: `<link rel="canonical">`, else `og:url`. */
export function readCanonicalUrl(
  document: Document,
  meta: Map<string, string[]>,
  pageUrl?: string,
): string | undefined {
  const links = [...document.querySelectorAll('link[rel][href]')];
  const canonical = links.find((link) => /(?:^|\s)canonical(?:\s|$)/i.test(link.getAttribute('rel') ?? ''));
  return (
    resolvePageLink(canonical?.getAttribute('href'), document, pageUrl) ??
    resolvePageLink(firstMeta(meta, ['og:url']), document, pageUrl)
  );
}

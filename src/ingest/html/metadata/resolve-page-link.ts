import { resolveUrl } from '../../resolve-url.js';

/**
 * An absolute http(s) URL for a link found in the page: resolved against the page's
 * `<base href>` (itself resolved against the page's URL), else against the page's URL. A link
 * that cannot be made absolute, or is a `data:` or `javascript:` URL, gives undefined.
 */
export function resolvePageLink(
  href: string | null | undefined,
  document: Document,
  pageUrl?: string,
): string | undefined {
  const base = document.querySelector('base[href]')?.getAttribute('href') ?? undefined;
  return resolveUrl(href ?? undefined, resolveUrl(base, pageUrl) ?? pageUrl);
}

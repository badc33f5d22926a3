/**
 * An absolute http(s) URL for a link found in the page: resolved against the page's
 * `<base href>` (itself resolved against the page's URL), else against the page's URL. A link
 * that cannot be made absolute, or is a `data:` or `javascript:` URL, gives undefined.
 */
export function resolveUrl(
  href: string | null | undefined,
  document: Document,
  pageUrl?: string,
): string | undefined {
  const link = href?.trim();
  if (!link) return undefined;
  const base = document.querySelector('base[href]')?.getAttribute('href')?.trim();
  const resolvedBase = base ? (tryUrl(base, pageUrl) ?? pageUrl) : pageUrl;
  const url = tryUrl(link, resolvedBase);
  return url && /^https?:\/\//i.test(url) ? url : undefined;
}

function tryUrl(href: string, base: string | undefined): string | undefined {
  try {
    return new URL(href, base).href;
  } catch {
    return undefined;
  }
}

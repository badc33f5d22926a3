/**
 * `raw` as an absolute http(s) URL, resolved against each base in turn until one serves; undefined
 * when none does (a relative link with no base, `javascript:`, `mailto:`, garbage).
 */
export function resolveUrl(raw: string | undefined, ...bases: Array<string | undefined>): string | undefined {
  const link = raw?.trim();
  if (!link) return undefined;
  for (const base of [...bases.filter((each) => each !== undefined), undefined]) {
    const url = parseUrl(link, base);
    if (url) return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  }
  return undefined;
}

function parseUrl(link: string, base: string | undefined): URL | undefined {
  try {
    return new URL(link, base);
  } catch {
    return undefined;
  }
}

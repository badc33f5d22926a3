import { decodeEntities } from './decode-entities.js';
import { isArticleNode, type JsonLdNode } from './read-json-ld.js';
import { firstMeta } from './read-meta-tags.js';

/** Separators between a page's title and its site's name: " | Site", " - Site", " — Site", " :: Site". */
const SEPARATOR = /\s+[|\-–—·•»:/\\_]{1,2}\s+|\s*\|\s*|\s+_(?=\S)/;

/**
 * The article's title. The candidates are JSON-LD `headline`, `dc.title`, `og:title`,
 * `twitter:title`, `parsely-title` and the first `<h1>`; the first of them that the page's `<title>` contains is taken,
 * since a title that agrees with `<title>` is the article's and not a teaser's; else the first
 * metadata title; else `<title>`; else the `<h1>`. A site name before or after a separator
 * (" | Site", "Site - ") is removed, when it is the site's name or a short tail.
 */
export function readTitle(
  document: Document,
  meta: Map<string, string[]>,
  jsonLd: JsonLdNode[],
  siteName?: string,
): string {
  const headline = jsonLd.filter(isArticleNode).find((node) => typeof node.headline === 'string')?.headline as
    | string
    | undefined;
  const fromMeta = [
    headline,
    firstMeta(meta, ['dc.title', 'dc:title', 'dcterms.title']),
    firstMeta(meta, ['og:title']),
    firstMeta(meta, ['twitter:title']),
    firstMeta(meta, ['parsely-title']),
  ]
    .map((title) => clean(decodeEntities(title ?? '')))
    .filter(Boolean);
  const h1 = clean(document.querySelector('h1')?.textContent ?? '');
  const pageTitle = clean(document.querySelector('title')?.textContent ?? '');
  const page = normalize(pageTitle);
  const agreeing = [...fromMeta, h1].find((title) => {
    const text = normalize(stripSiteName(title, siteName));
    return text !== '' && page.includes(text);
  });
  const title = agreeing ?? fromMeta[0] ?? (pageTitle || h1);
  return stripSiteName(title, siteName);
}

/** The title without the site's name before or after a separator. */
export function stripSiteName(title: string, siteName?: string): string {
  const parts = title.split(SEPARATOR);
  if (parts.length < 2) return title;
  const site = normalize(siteName ?? '');
  const isSite = (part: string) => {
    const text = normalize(part);
    return text !== '' && site !== '' && (text === site || site.includes(text) || text.includes(site));
  };
  const last = parts[parts.length - 1] ?? '';
  const first = parts[0] ?? '';
  if (isSite(last)) return cutAfterLastSeparator(title);
  if (isSite(first)) return cutBeforeFirstSeparator(title);
  const head = cutAfterLastSeparator(title);
  // A short tail after a pipe or dash is the site's name even when the page does not name its site.
  if (/\s[|–—]\s|\s-\s/.test(title.slice(head.length)) && words(last) <= 3 && words(head) >= 3) return head;
  return title;
}

function cutAfterLastSeparator(title: string): string {
  const matches = [...title.matchAll(new RegExp(SEPARATOR.source, 'g'))];
  const lastMatch = matches[matches.length - 1];
  return lastMatch ? title.slice(0, lastMatch.index).trim() : title;
}

function cutBeforeFirstSeparator(title: string): string {
  const match = SEPARATOR.exec(title);
  return match ? title.slice(match.index + match[0].length).trim() : title;
}

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

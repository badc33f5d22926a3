import { detectLanguage } from './detect-language.js';
import { findPublishedAt } from './find-published-at.js';
import { readAuthors } from './read-authors.js';
import { readCanonicalUrl } from './read-canonical-url.js';
import { readImage } from './read-image.js';
import { readJsonLd } from './read-json-ld.js';
import { readLede } from './read-lede.js';
import { firstMeta, readMetaTags } from './read-meta-tags.js';
import { readSiteName } from './read-site-name.js';
import { readTitle } from './read-title.js';
import { visibleText } from './visible-text.js';

/** What a page says about itself, read from its metadata and, where that is silent, its text. */
export interface PageMetadata {
  /** The article's title without the site's name; empty when the page has none. */
  title: string;
  /** ISO date `2018-06-17`, or date-time with offset `2018-06-17T10:15:00+02:00` when the page gives one. */
  publishedAt?: string;
  /** Names, in the page's order, without "By " and without duplicates. */
  authors: string[];
  /** The page's own summary (description meta tags), else its first paragraph. */
  lede?: string;
  /** The lead image, absolute URL. */
  image?: string;
  /** The canonical URL, absolute. */
  url?: string;
  siteName?: string;
  /** ISO 639-1 (`en`): the declared language, else guessed from the text when there is enough. */
  language?: string;
}

/**
 * Reads a page's metadata. Never changes `document`, so a main-text extractor can run on it after.
 * `options.url`, the page's address, resolves relative links (after `<base href>`) and may hold
 * the publication date.
 */
export function readMetadata(document: Document, options: { url?: string } = {}): PageMetadata {
  const meta = readMetaTags(document);
  const jsonLd = readJsonLd(document);
  const root = document.documentElement;
  const declared =
    root?.getAttribute('lang') ??
    root?.getAttribute('xml:lang') ??
    firstMeta(meta, ['content-language', 'dc.language', 'og:locale', 'language']) ??
    undefined;
  const language = detectLanguage(visibleText(document).slice(0, 20_000), declared);
  const siteName = readSiteName(meta, jsonLd);
  const publishedAt = findPublishedAt({
    document,
    meta,
    jsonLd,
    ...(options.url ? { url: options.url } : {}),
    ...(language ? { language } : {}),
  });
  const lede = readLede(document, meta, jsonLd);
  const url = readCanonicalUrl(document, meta, options.url);
  // A saved page read without its address still has its canonical URL to resolve links against.
  const image = readImage(document, meta, jsonLd, options.url ?? url);
  return {
    title: readTitle(document, meta, jsonLd, siteName),
    ...(publishedAt ? { publishedAt } : {}),
    authors: readAuthors(document, meta, jsonLd),
    ...(lede ? { lede } : {}),
    ...(image ? { image } : {}),
    ...(url ? { url } : {}),
    ...(siteName ? { siteName } : {}),
    ...(language ? { language } : {}),
  };
}

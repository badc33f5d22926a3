import { decodeEntities } from './decode-entities.js';
import { isElsewhere } from './is-elsewhere.js';
import { isArticleNode, type JsonLdNode } from './read-json-ld.js';

/** Meta keys naming an article's authors. */
const AUTHOR_META = [
  'dc.creator',
  'dc:creator',
  'dcterms.creator',
  'author',
  'article:author',
  'parsely-author',
  'sailthru.author',
  'citation_author',
  'byl',
];

/** Class or id of elements holding a byline or an author's name. */
const BYLINE_SELECTOR =
  '[rel="author"], [itemprop="author"], [class*="byline"], [class*="author-name"], [class*="author__name"], [class~="author"], [class~="autor"], [class*="article-author"], [class*="post-author"]';

/**
 * The article's authors, in order, without duplicates: from the article's JSON-LD `author`
 * (names or objects with a name), else the first author meta tag present (`dc.creator`, `author`,
 * `article:author` when it is a name and not a URL, ...), else the first `rel=author` link or byline
 * element outside comments and related links that holds a name.
 * "By " and its equivalents are dropped; URLs, e-mail addresses and phrases too long to be names
 * are not authors.
 */
export function readAuthors(document: Document, meta: Map<string, string[]>, jsonLd: JsonLdNode[]): string[] {
  const fromJsonLd = jsonLd.filter(isArticleNode).flatMap((node) => namesOf(node.author ?? node.creator));
  const sources = [
    fromJsonLd,
    ...AUTHOR_META.map((key) => meta.get(key) ?? []),
    ...[...document.querySelectorAll(BYLINE_SELECTOR)]
      .filter((element) => !isElsewhere(element))
      .slice(0, 10)
      .map((element) => [bylineText(element)]),
  ];
  for (const source of sources) {
    const authors = cleanAuthors(source);
    if (authors.length > 0) return authors;
  }
  return [];
}

function namesOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(namesOf);
  if (value && typeof value === 'object') {
    const name = (value as JsonLdNode).name;
    if (typeof name === 'string') return [name];
    if (Array.isArray(name)) return namesOf(name);
  }
  return [];
}

function bylineText(element: Element): string {
  const name = element.querySelector('[itemprop="name"]');
  return (name ?? element).textContent ?? '';
}

/** Splits, cleans and dedupes candidate author strings. */
export function cleanAuthors(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const authors: string[] = [];
  for (const value of values) {
    for (const name of splitNames(value)) {
      const key = name.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      authors.push(name);
    }
  }
  return authors;
}

const BY = /^(?:by|von|par|por|di|door|av|af|przez|od|tekst|text|written by|autor|author|auteur)\s*:?\s+/i;
const CONJUNCTION = /\s+(?:and|und|et|en|och|og)\s+|\s*&\s*|\s*;\s*|\s*\|\s*|\s*\/\s*/i;
/** Conjunctions of one letter (Spanish "y", Italian "e", Polish "i", Czech "a") join names only between capitals. */
const SHORT_CONJUNCTION = /\s+[yeia]\s+(?=\p{Lu})/u;

function splitNames(value: string): string[] {
  const text = value
    .replace(/\s+/g, ' ')
    .trim()
    .replace(BY, '')
    .replace(/[,\s]+(?:by|von|par|por)$/i, '')
    .trim();
  if (!text || /https?:\/\/|www\.|@|\.com\b/i.test(text) || text.split(' ').length > 12) return [];
  const parts = text.split(CONJUNCTION).flatMap((part) => part.split(SHORT_CONJUNCTION));
  // "Kim, Jett" lists names; "Jong, Michiel de" is one name written surname first.
  const byComma = parts.flatMap((part) => {
    const pieces = part.split(/\s*,\s*/);
    return pieces.length > 1 && pieces.every((piece) => piece.split(' ').length >= 2) ? pieces : [part];
  });
  return byComma
    .map((name) => decodeEntities(name.replace(BY, '').replace(/^[-–—,:\s]+|[-–—,:\s]+$/g, '')))
    .filter((name) => isName(name) && !BY.test(`${name} `));
}

function isName(text: string): boolean {
  const words = text.split(' ');
  return (
    text.length >= 2 && text.length <= 60 && words.length <= 6 && /\p{L}/u.test(text) && !/\d{3,}/.test(text)
  );
}

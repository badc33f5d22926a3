import { articleKey, contentId } from './content-id.js';
import type { Diagnostic } from './diagnostic.js';
import type { Span } from './span.js';

/** Paragraphs join with one blank line in the canonical text. */
export const PARAGRAPH_SEPARATOR = '\n\n';

export type ParagraphKind = 'title' | 'lede' | 'body';

export interface Paragraph extends Span {
  kind: ParagraphKind;
}

/** What a reader makes of one input record, before the text is fixed. */
export interface ArticleRecord {
  title: string;
  lede?: string;
  body: string[];
  /** ISO 8601 date (`2018-06-17`) or date-time. */
  publishedAt?: string;
  image?: string;
  source?: string;
  url?: string;
  language?: string;
  authors?: string[];
}

/** Where an article came from and how it was read. */
export interface Origin {
  /** File path, `-` for standard input, or the URL it was fetched from. */
  location: string;
  /** 1-based line of the record inside a multi-record file (JSONL). */
  line?: number;
  /** The reader that produced it, `name@version`. */
  reader: string;
  /** SHA-256 of the bytes the record was read from. */
  contentHash: string;
  retrievedAt: string;
}

/**
 * An article: its record and its canonical `text` (title, lede and body paragraphs joined
 * by blank lines). The text is fixed here once; every annotation is a span into it.
 */
export interface Article {
  /** Stable content id: a hash of source, title, date and body. */
  id: string;
  /** Which article this is a version of (URL, or source + title + date). */
  key: string;
  title: string;
  lede: string;
  image: string;
  source: string;
  url: string;
  language: string;
  authors: string[];
  publishedAt: string;
  text: string;
  paragraphs: Paragraph[];
  origin: Origin;
  diagnostics: Diagnostic[];
}

/** The article alone, from an annotated one: its record, text and diagnostics, without layers or stage runs. */
export function articleFields(article: Article): Article {
  return {
    id: article.id,
    key: article.key,
    title: article.title,
    lede: article.lede,
    image: article.image,
    source: article.source,
    url: article.url,
    language: article.language,
    authors: article.authors,
    publishedAt: article.publishedAt,
    text: article.text,
    paragraphs: article.paragraphs,
    origin: article.origin,
    diagnostics: article.diagnostics,
  };
}

export function createArticle(
  record: ArticleRecord,
  origin: Origin,
  diagnostics: Diagnostic[] = [],
): Article {
  const title = cleanInline(record.title);
  const lede = cleanInline(record.lede ?? '');
  const body = record.body.map(cleanInline).filter((paragraph) => paragraph.length > 0);
  const source = cleanInline(record.source ?? '');
  const publishedAt = record.publishedAt ?? '';
  const url = (record.url ?? '').trim();
  const { text, paragraphs } = composeText(title, lede, body);
  return {
    id: contentId({ source, title, publishedAt, body }),
    key: articleKey({ source, title, publishedAt, url }),
    title,
    lede,
    image: (record.image ?? '').trim(),
    source,
    url,
    language: record.language ?? '',
    authors: (record.authors ?? []).map(cleanInline).filter(Boolean),
    publishedAt,
    text,
    paragraphs,
    origin,
    diagnostics,
  };
}

/** The body paragraphs of an article, read back from its text. */
export function bodyParagraphs(article: Pick<Article, 'text' | 'paragraphs'>): string[] {
  return article.paragraphs
    .filter((paragraph) => paragraph.kind === 'body')
    .map((paragraph) => article.text.slice(paragraph.start, paragraph.end));
}

/** Builds the canonical text and the span of each paragraph in it. */
export function composeText(
  title: string,
  lede: string,
  body: readonly string[],
): { text: string; paragraphs: Paragraph[] } {
  const parts: Array<[ParagraphKind, string]> = [['title', title]];
  if (lede) parts.push(['lede', lede]);
  for (const paragraph of body) parts.push(['body', paragraph]);

  const paragraphs: Paragraph[] = [];
  let offset = 0;
  for (const [kind, part] of parts) {
    paragraphs.push({ kind, start: offset, end: offset + part.length });
    offset += part.length + PARAGRAPH_SEPARATOR.length;
  }
  return { text: parts.map(([, part]) => part).join(PARAGRAPH_SEPARATOR), paragraphs };
}

/** White space that is not a single plain space: what `cleanInline` has to fold. */
const UNCLEAN_SPACE = /[^\S ]| {2}/;

/**
 * One paragraph's text: inner line breaks and runs of white space fold to one space, and NUL
 * characters go (no text means one, and PostgreSQL cannot store it).
 */
function cleanInline(text: string): string {
  const trimmed = (text.includes('\u0000') ? text.replaceAll('\u0000', '') : text).trim();
  // Most paragraphs are clean already; testing first skips building a new string for them.
  return UNCLEAN_SPACE.test(trimmed) ? trimmed.replace(/\s+/g, ' ') : trimmed;
}

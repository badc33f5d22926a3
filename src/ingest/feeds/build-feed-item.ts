import { createHash } from 'node:crypto';
import { InputError } from '../input-error.js';
import { parseDate } from '../parse-date.js';
import { resolveUrl } from '../resolve-url.js';
import type { FeedItem, FeedProblem } from './feed.js';
import { htmlToText } from './html-to-paragraphs.js';

/** A field as the feed wrote it, with the name it has there (for problems). */
export interface RawField {
  field: string;
  value: string;
}

/** What a format reader found in one item, before URLs, dates and text are made uniform. */
export interface ItemDraft {
  /** 0-based position of the item in the feed. */
  index: number;
  /** Bases for relative URLs, first that serves wins (xml:base, the feed's link, the feed's own URL). */
  bases: Array<string | undefined>;
  id?: string;
  link?: RawField;
  /** The title, and whether it is HTML (RSS titles may be; an Atom `type="text"` title is not). */
  title?: { value: string; isHtml: boolean };
  published?: RawField;
  updated?: RawField;
  /** HTML, or text when `summaryIsText`. */
  summary?: string;
  summaryIsText?: boolean;
  contentHtml?: string;
  image?: RawField;
  authors: string[];
  categories: string[];
}

/**
 * Makes one item uniform: URLs absolute, dates ISO, titles and summaries plain text, an id always.
 * What is missing or unreadable becomes a problem on the item; an item with no link, no id and no
 * title is skipped (undefined), with a problem saying so.
 */
export function buildFeedItem(draft: ItemDraft, problems: FeedProblem[]): FeedItem | undefined {
  const note = (message: string, field?: string) =>
    problems.push(
      field === undefined ? { item: draft.index, message } : { item: draft.index, field, message },
    );

  const title = draft.title
    ? draft.title.isHtml
      ? htmlToText(draft.title.value)
      : foldSpace(draft.title.value)
    : '';
  const url = draft.link && resolveUrl(draft.link.value, ...draft.bases);
  if (draft.link?.value.trim() && !url) {
    note(
      `link "${clip(draft.link.value)}" is not an absolute http(s) URL and cannot be resolved`,
      draft.link.field,
    );
  }
  const id = draft.id?.trim() || url;
  if (!id && !title) {
    note('item skipped: it has no link, no id and no title');
    return undefined;
  }
  if (!draft.link?.value.trim()) note('item has no link');

  const publishedAt = readDate(draft.published, note);
  const updatedAt = readDate(draft.updated, note);
  if (!draft.published && !draft.updated) note('item has no date');

  const item: FeedItem = {
    id: id || `hash:${hash(title, publishedAt ?? updatedAt ?? '')}`,
    title,
    authors: unique(draft.authors.map(foldSpace)),
    categories: unique(draft.categories.map(foldSpace)),
  };
  if (url) item.url = url;
  if (publishedAt) item.publishedAt = publishedAt;
  if (updatedAt) item.updatedAt = updatedAt;
  const summary =
    draft.summary && (draft.summaryIsText ? foldSpace(draft.summary) : htmlToText(draft.summary));
  if (summary) item.summary = summary;
  if (draft.contentHtml?.trim()) item.contentHtml = draft.contentHtml.trim();
  const image = draft.image && resolveUrl(draft.image.value, ...draft.bases);
  if (image) item.image = image;
  else if (draft.image)
    note(`image "${clip(draft.image.value)}" cannot be resolved to an absolute URL`, draft.image.field);
  return item;
}

function readDate(
  date: RawField | undefined,
  note: (message: string, field?: string) => void,
): string | undefined {
  if (!date?.value.trim()) return undefined;
  try {
    const parsed = parseDate(date.value);
    for (const diagnostic of parsed.diagnostics) note(diagnostic.message, date.field);
    return parsed.iso;
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    note(error.message, date.field);
    return undefined;
  }
}

function hash(title: string, date: string): string {
  return createHash('sha256').update(`${title}\u0000${date}`).digest('hex').slice(0, 16);
}

function foldSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function unique(values: string[]): string[] {
  return [...new Set(values.filter(Boolean))];
}

function clip(text: string): string {
  const trimmed = text.trim();
  return trimmed.length > 80 ? `${trimmed.slice(0, 80)}…` : trimmed;
}

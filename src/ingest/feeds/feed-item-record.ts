import type { ArticleRecord } from '../../document/article.js';
import type { Diagnostic } from '../../document/diagnostic.js';
import type { ReadRecord } from '../read-seed-record.js';
import type { FeedItem } from './feed.js';
import { htmlToParagraphs } from './html-to-paragraphs.js';

/**
 * Characters of plain text from which an item's HTML counts as the article rather than a teaser.
 * Feed teasers run to one or two sentences (150-300 characters); a news article of 500 characters
 * (about 80 words) is a brief, and shorter full texts are rare enough to fetch the page for.
 */
export const FULL_TEXT_MIN_CHARS = 500;

/** How a teaser ends: an ellipsis, `[…]`, or a link to the rest. */
const TEASER_END = /(?:…|\.\.\.|\[…\]|\[\.\.\.\])$|^(?:read more|continue reading|read the full)/i;

/** WordPress's line under every post, not part of the article. */
const TRAILER = /^The post .+ appeared first on .+$/;

/**
 * Whether the item carries its article's full text (RSS `content:encoded`, Atom `content`, JSON
 * `content_html`): at least `FULL_TEXT_MIN_CHARS` characters of text, not ending like a teaser.
 * When it does not, the caller fetches the item's page.
 */
export function hasFullText(item: FeedItem): boolean {
  return isFullText(bodyOf(item));
}

/**
 * The item as an article record: its HTML's block elements as body paragraphs (scripts and
 * styles left out), its summary as the lede unless the body starts with it. An item that
 * carries only a summary gives a record with an empty body and an `info` diagnostic
 * `feed-summary-only` saying so.
 */
export function feedItemRecord(item: FeedItem, feed: { title?: string } = {}): ReadRecord {
  const paragraphs = bodyOf(item);
  const full = isFullText(paragraphs);
  const body = full ? paragraphs : [];
  const record: ArticleRecord = { title: item.title, body, authors: item.authors };
  const lede = item.summary?.trim();
  if (lede && !startsWith(body, lede)) record.lede = lede;
  const publishedAt = item.publishedAt ?? item.updatedAt;
  if (publishedAt) record.publishedAt = publishedAt;
  if (item.image) record.image = item.image;
  if (item.url) record.url = item.url;
  if (feed.title) record.source = feed.title;
  const diagnostics: Diagnostic[] = [];
  if (!full) {
    const length = textLength(paragraphs);
    diagnostics.push({
      severity: 'info',
      code: 'feed-summary-only',
      message: item.contentHtml
        ? `the feed gives ${length} characters of this item's text, a teaser; its page has the full text`
        : 'the feed gives only a summary of this item; its page has the full text',
    });
  }
  if (!item.title)
    diagnostics.push({ severity: 'warning', code: 'feed-no-title', message: 'the feed item has no title' });
  return { record, diagnostics };
}

function bodyOf(item: FeedItem): string[] {
  if (!item.contentHtml) return [];
  const paragraphs = htmlToParagraphs(item.contentHtml);
  while (paragraphs.length > 0 && TRAILER.test(paragraphs.at(-1) ?? '')) paragraphs.pop();
  return paragraphs;
}

function isFullText(paragraphs: string[]): boolean {
  const last = paragraphs.at(-1);
  return last !== undefined && textLength(paragraphs) >= FULL_TEXT_MIN_CHARS && !TEASER_END.test(last);
}

function textLength(paragraphs: string[]): number {
  return paragraphs.reduce((sum, paragraph) => sum + paragraph.length, 0);
}

/** Whether the body begins with the summary (less a closing ellipsis), as feeds' excerpts do. */
function startsWith(body: string[], summary: string): boolean {
  const start = summary.replace(/\s*(?:…|\.\.\.|\[…\]|\[\.\.\.\])$/, '').slice(0, 100);
  return start.length > 0 && body.join(' ').startsWith(start);
}

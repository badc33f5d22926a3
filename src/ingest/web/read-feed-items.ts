import type { SeenFeedItem, Store } from '../../store/store.js';
import { feedItemRecord, hasFullText } from '../feeds/feed-item-record.js';
import type { FeedItem } from '../feeds/parse-feed.js';
import { parseFeed } from '../feeds/parse-feed.js';
import type { Fetcher } from '../fetch/create-fetcher.js';
import { decodeHtml } from '../html/decode-html.js';
import { extractPage } from '../html/extract-page.js';
import { pageRecord } from '../html/page-record.js';
import { InputError } from '../input-error.js';
import type { ReadOutcome } from '../read-input.js';
import type { ReadRecord } from '../read-seed-record.js';
import { isTransient } from './is-transient.js';
import { contentType, webArticle } from './web-article.js';
import { webRejection } from './web-rejection.js';

export type FeedItemOutcome = ReadOutcome | { seen: SeenFeedItem };

export interface ReadFeedItemsOptions {
  fetcher: Fetcher;
  store: Pick<Store, 'unseenFeedItems'>;
  /** The feed's URL as the user named it: the key its items are remembered under. */
  feedUrl: string;
}

/**
 * Reads the items of a fetched feed that were not seen before, oldest first: from the item's
 * own full text when it carries one, else from its page. Each item dealt with is reported as
 * seen, with its article or why it was given up; an item whose page failed for a passing
 * reason (a timeout, a 503) is not, so that the next round tries it again.
 */
export async function* readFeedItems(
  response: { url: string; bytes: Buffer; contentType?: string; charset?: string },
  options: ReadFeedItemsOptions,
): AsyncGenerator<FeedItemOutcome> {
  const { fetcher, store, feedUrl } = options;
  let items: FeedItem[];
  try {
    const text = decodeHtml(response.bytes, contentType(response).contentType).html;
    const feed = parseFeed(text, { url: response.url });
    items = feed.items;
  } catch (error) {
    yield { rejection: webRejection(feedUrl, error) };
    return;
  }
  const unseen = new Set(
    await store.unseenFeedItems(
      feedUrl,
      items.map((item) => item.id),
    ),
  );
  const fresh = items.filter((item) => unseen.has(item.id)).reverse();
  for (const item of fresh) {
    const where = item.url ?? `${feedUrl}#${item.id}`;
    try {
      const article = hasFullText(item)
        ? webArticle(feedItemRecord(item), where, Buffer.from(item.contentHtml ?? ''), 'feed-item')
        : await readItemPage(item, fetcher);
      yield { article };
      yield { seen: { id: item.id, articleId: article.id } };
    } catch (error) {
      const rejection = webRejection(where, error);
      yield { rejection };
      if (!isTransient(error)) yield { seen: { id: item.id, error: rejection.reason } };
    }
  }
}

async function readItemPage(item: FeedItem, fetcher: Fetcher) {
  if (!item.url) throw new InputError('the feed item has neither a link nor its full text');
  const response = await fetcher.fetch(item.url);
  if (response.status !== 'ok') throw new InputError('the page answered "not modified" to a first request');
  const read = pageRecord(extractPage(response.bytes, { url: response.url, ...contentType(response) }));
  return webArticle(withItemMetadata(read, item), response.url, response.bytes, 'web-page');
}

/** What the feed says of an item fills what its page left out. */
function withItemMetadata(read: ReadRecord, item: FeedItem): ReadRecord {
  const record = { ...read.record };
  if (!record.title) record.title = item.title;
  if (!record.publishedAt && item.publishedAt) record.publishedAt = item.publishedAt;
  if (!record.image && item.image) record.image = item.image;
  if ((record.authors ?? []).length === 0 && item.authors.length > 0) record.authors = item.authors;
  const diagnostics = read.diagnostics.filter(
    (diagnostic) =>
      !(diagnostic.code === 'html-no-date' && record.publishedAt) &&
      !(diagnostic.code === 'html-no-title' && record.title),
  );
  return { record, diagnostics };
}

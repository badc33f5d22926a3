import type { FetchState, SeenFeedItem, Store } from '../../store/store.js';
import type { Fetcher } from '../fetch/create-fetcher.js';
import { extractPage } from '../html/extract-page.js';
import { pageRecord } from '../html/page-record.js';
import type { ReadOutcome } from '../read-input.js';
import { isFeed } from './is-feed.js';
import { readFeedItems } from './read-feed-items.js';
import { contentType, webArticle } from './web-article.js';
import { webRejection } from './web-rejection.js';

/** What reading a URL yields: its articles and rejections, then what to remember of the fetch. */
export type WebOutcome = ReadOutcome | { fetched: { state: FetchState; items: SeenFeedItem[] } };

export interface ReadUrlOptions {
  fetcher: Fetcher;
  /** Where the last fetch of each URL and the items of each feed are remembered. */
  store: Pick<Store, 'getFetchState' | 'unseenFeedItems'>;
}

/**
 * Fetches a URL (conditionally, when it was fetched before) and reads what it holds: a feed's
 * new items, each from its own text or its page, or one HTML page. The last outcome says what
 * to remember; the caller stores it once the articles before it are stored, so that an item is
 * marked seen only when its article is safe.
 */
export async function* readUrl(url: string, options: ReadUrlOptions): AsyncGenerator<WebOutcome> {
  const { fetcher, store } = options;
  const previous = await store.getFetchState(url);
  const fetchedAt = new Date().toISOString();
  let response: Awaited<ReturnType<Fetcher['fetch']>>;
  try {
    response = await fetcher.fetch(url, previous?.error ? {} : validators(previous));
  } catch (error) {
    yield { rejection: webRejection(url, error) };
    yield { fetched: { state: { url, fetchedAt, error: messageOf(error) }, items: [] } };
    return;
  }
  if (response.status === 'not-modified') {
    yield { fetched: { state: { ...previous, url, fetchedAt }, items: [] } };
    return;
  }
  const state: FetchState = { url, fetchedAt, ...validators(response) };
  if (isFeed(response)) {
    const items: SeenFeedItem[] = [];
    for await (const outcome of readFeedItems(response, { fetcher, store, feedUrl: url })) {
      if ('seen' in outcome) items.push(outcome.seen);
      else yield outcome;
    }
    yield { fetched: { state, items } };
    return;
  }
  try {
    const page = extractPage(response.bytes, { url: response.url, ...contentType(response) });
    yield { article: webArticle(pageRecord(page), response.url, response.bytes, 'web-page') };
    yield { fetched: { state, items: [] } };
  } catch (error) {
    // No validators: a page that could not be read is read again next time, not skipped as unchanged.
    yield { rejection: webRejection(url, error) };
    yield { fetched: { state: { url, fetchedAt, error: messageOf(error) }, items: [] } };
  }
}

function validators(from: { etag?: string; lastModified?: string } | undefined) {
  return {
    ...(from?.etag ? { etag: from.etag } : {}),
    ...(from?.lastModified ? { lastModified: from.lastModified } : {}),
  };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

import type Database from 'better-sqlite3';
import type { FetchState, SeenFeedItem, StoredFetchState } from '../store.js';

interface FetchStateRow {
  url: string;
  etag: string | null;
  last_modified: string | null;
  fetched_at: string;
  error: string | null;
}

/** The fetch state of URLs and the seen items of feeds, in the `fetch_state` and `feed_items` tables. */
export interface FetchStateTable {
  get(url: string): FetchState | undefined;
  put(state: FetchState, items: readonly SeenFeedItem[]): void;
  unseen(feedUrl: string, ids: readonly string[]): string[];
  list(): StoredFetchState[];
}

interface FeedItemRow {
  feed_url: string;
  item_id: string;
  seen_at: string;
  article_id: string | null;
  error: string | null;
}

export function createFetchStateTable(db: Database.Database): FetchStateTable {
  const select = db.prepare<[string], FetchStateRow>('SELECT * FROM fetch_state WHERE url = ?');
  const upsert = db.prepare(
    `INSERT INTO fetch_state (url, etag, last_modified, fetched_at, error)
     VALUES (@url, @etag, @last_modified, @fetched_at, @error)
     ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified,
       fetched_at = excluded.fetched_at, error = excluded.error`,
  );
  const seeItem = db.prepare(
    `INSERT INTO feed_items (feed_url, item_id, seen_at, article_id, error)
     VALUES (@feedUrl, @id, @seenAt, @articleId, @error)
     ON CONFLICT (feed_url, item_id) DO UPDATE SET seen_at = excluded.seen_at,
       article_id = excluded.article_id, error = excluded.error`,
  );
  const seen = db.prepare<{ feedUrl: string; ids: string }, { item_id: string }>(
    `SELECT item_id FROM feed_items
     WHERE feed_url = @feedUrl AND item_id IN (SELECT value FROM json_each(@ids))`,
  );
  const selectAll = db.prepare<[], FetchStateRow>('SELECT * FROM fetch_state ORDER BY url');
  const selectItems = db.prepare<[], FeedItemRow>('SELECT * FROM feed_items ORDER BY feed_url, item_id');
  const put = db.transaction((state: FetchState, items: readonly SeenFeedItem[]) => {
    upsert.run({
      url: state.url,
      etag: state.etag ?? null,
      last_modified: state.lastModified ?? null,
      fetched_at: state.fetchedAt,
      error: state.error ?? null,
    });
    for (const item of items) {
      seeItem.run({
        feedUrl: state.url,
        id: item.id,
        seenAt: state.fetchedAt,
        articleId: item.articleId ?? null,
        error: item.error ?? null,
      });
    }
  });
  return {
    get(url) {
      const row = select.get(url);
      return row ? stateFromRow(row) : undefined;
    },
    put,
    list() {
      const items = new Map<string, FeedItemRow[]>();
      for (const row of selectItems.all()) {
        const group = items.get(row.feed_url);
        if (group) group.push(row);
        else items.set(row.feed_url, [row]);
      }
      return selectAll.all().map((row) => ({
        ...stateFromRow(row),
        items: (items.get(row.url) ?? []).map((item) => ({
          id: item.item_id,
          seenAt: item.seen_at,
          ...(item.article_id !== null && { articleId: item.article_id }),
          ...(item.error !== null && { error: item.error }),
        })),
      }));
    },
    unseen(feedUrl, ids) {
      if (ids.length === 0) return [];
      const known = new Set(seen.all({ feedUrl, ids: JSON.stringify(ids) }).map((row) => row.item_id));
      return ids.filter((id) => !known.has(id));
    },
  };
}

function stateFromRow(row: FetchStateRow): FetchState {
  return {
    url: row.url,
    fetchedAt: row.fetched_at,
    ...(row.etag !== null && { etag: row.etag }),
    ...(row.last_modified !== null && { lastModified: row.last_modified }),
    ...(row.error !== null && { error: row.error }),
  };
}

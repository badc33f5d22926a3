import type { Pool } from 'pg';
import type { FetchState, SeenFeedItem, StoredFetchState } from '../store.js';

interface FetchStateRow {
  url: string;
  etag: string | null;
  last_modified: string | null;
  fetched_at: string;
  error: string | null;
}

/** The fetch state of URLs and the seen items of feeds, in the `fetch_state` and `feed_items` tables. */
export async function getFetchState(pool: Pool, url: string): Promise<FetchState | undefined> {
  const row = (await pool.query<FetchStateRow>('SELECT * FROM fetch_state WHERE url = $1', [url])).rows[0];
  return row ? stateFromRow(row) : undefined;
}

/** Every remembered fetch by URL in byte order (as SQLite sorts), with its feed items by id. */
export async function listFetchStates(pool: Pool): Promise<StoredFetchState[]> {
  const states = await pool.query<FetchStateRow>('SELECT * FROM fetch_state ORDER BY url COLLATE "C"');
  const { rows } = await pool.query<FeedItemRow>(
    'SELECT * FROM feed_items ORDER BY feed_url COLLATE "C", item_id COLLATE "C"',
  );
  const items = new Map<string, FeedItemRow[]>();
  for (const row of rows) {
    const group = items.get(row.feed_url);
    if (group) group.push(row);
    else items.set(row.feed_url, [row]);
  }
  return states.rows.map((row) => ({
    ...stateFromRow(row),
    items: (items.get(row.url) ?? []).map((item) => ({
      id: item.item_id,
      seenAt: item.seen_at,
      ...(item.article_id !== null && { articleId: item.article_id }),
      ...(item.error !== null && { error: item.error }),
    })),
  }));
}

interface FeedItemRow {
  feed_url: string;
  item_id: string;
  seen_at: string;
  article_id: string | null;
  error: string | null;
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

/** Records a fetch and the feed items it dealt with, in one statement (so in one transaction). */
export async function putFetchState(
  pool: Pool,
  state: FetchState,
  items: readonly SeenFeedItem[],
): Promise<void> {
  await pool.query(
    `WITH state AS (
       INSERT INTO fetch_state (url, etag, last_modified, fetched_at, error) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified,
         fetched_at = excluded.fetched_at, error = excluded.error
     )
     INSERT INTO feed_items (feed_url, item_id, seen_at, article_id, error)
     SELECT $1, item.id, $4, item."articleId", item.error
     FROM json_to_recordset($6::json) AS item (id text, "articleId" text, error text)
     ON CONFLICT (feed_url, item_id) DO UPDATE SET seen_at = excluded.seen_at,
       article_id = excluded.article_id, error = excluded.error`,
    [
      state.url,
      state.etag ?? null,
      state.lastModified ?? null,
      state.fetchedAt,
      state.error ?? null,
      JSON.stringify(items),
    ],
  );
}

/** Of these ids of a feed's items, those not dealt with yet, in the order given. */
export async function unseenFeedItems(
  pool: Pool,
  feedUrl: string,
  ids: readonly string[],
): Promise<string[]> {
  if (ids.length === 0) return [];
  const { rows } = await pool.query<{ item_id: string }>(
    'SELECT item_id FROM feed_items WHERE feed_url = $1 AND item_id = ANY($2)',
    [feedUrl, ids],
  );
  const known = new Set(rows.map((row) => row.item_id));
  return ids.filter((id) => !known.has(id));
}

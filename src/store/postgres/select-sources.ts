import type { Pool } from 'pg';
import type { SourceList, SourceQuery } from '../store.js';

/** Sources by name (ignoring case), most articles first. */
export async function selectSources(pool: Pool, query: SourceQuery): Promise<SourceList> {
  const [count, page] = await Promise.all([
    pool.query<{ total: number }>('SELECT count(DISTINCT lower(source))::int AS total FROM articles'),
    pool.query<{ name: string; articles: number; first: string | null; last: string | null }>(
      `SELECT min(source COLLATE "C") AS name, count(*)::int AS articles,
         min(nullif(published_at, '')) AS first, max(nullif(published_at, '')) AS last
       FROM articles GROUP BY lower(source)
       ORDER BY articles DESC, name LIMIT $1 OFFSET $2`,
      [query.limit ?? 20, query.offset ?? 0],
    ),
  ]);
  return {
    total: count.rows[0]?.total ?? 0,
    sources: page.rows.map((source) => ({
      name: source.name,
      articles: source.articles,
      firstPublishedAt: source.first,
      lastPublishedAt: source.last,
    })),
  };
}

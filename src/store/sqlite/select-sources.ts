import type { SourceList, SourceQuery } from '../store.js';
import type { PrepareStatement } from './select-events.js';

/** Sources by name (ignoring case), most articles first, from the narrow filter table's index. */
export function selectSources(prepare: PrepareStatement, query: SourceQuery): SourceList {
  const total =
    prepare<{ total: number }>(
      'SELECT count(*) AS total FROM (SELECT 1 FROM article_filters GROUP BY source COLLATE NOCASE)',
    ).get({})?.total ?? 0;
  const sources = prepare<{ name: string; articles: number; first: string | null; last: string | null }>(
    `SELECT min(source) AS name, count(*) AS articles,
       min(nullif(published_at, '')) AS first, max(nullif(published_at, '')) AS last
     FROM article_filters GROUP BY source COLLATE NOCASE
     ORDER BY articles DESC, name LIMIT @limit OFFSET @offset`,
  ).all({ limit: query.limit ?? 20, offset: query.offset ?? 0 });
  return {
    total,
    sources: sources.map((source) => ({
      name: source.name,
      articles: source.articles,
      firstPublishedAt: source.first,
      lastPublishedAt: source.last,
    })),
  };
}

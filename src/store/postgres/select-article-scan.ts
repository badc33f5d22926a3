import type { Pool } from 'pg';
import type { ArticleRow } from '../sqlite/article-row.js';
import type { ArticleScan, ArticleScanPage } from '../store.js';
import { articleConditions } from './article-conditions.js';
import { QueryParameters } from './query-parameters.js';
import { SELECT_ARTICLE } from './select-article.js';

/**
 * The rows of a page of `scanArticles`, by seq (the order of storing, on the index of seq) from
 * the seq where the page before ended, so that no page skips over the ones before it. The filters
 * are the article browser's, what the annotations hold looked up by the article's key as the walk
 * reaches it.
 */
export async function selectArticleScan(pool: Pool, scan: ArticleScan): Promise<ArticleScanPage<ArticleRow>> {
  const parameters = new QueryParameters();
  const conditions = [
    `a.seq > ${parameters.add(scan.after ?? 0)}`,
    ...articleConditions(scan, parameters, 'tested'),
  ];
  const { rows } = await pool.query<ArticleRow & { seq: string }>(
    `${SELECT_ARTICLE} a WHERE ${conditions.join(' AND ')} ORDER BY a.seq LIMIT ${parameters.add(scan.limit)}`,
    parameters.values,
  );
  const last = rows.at(-1);
  return { articles: rows, ...(rows.length === scan.limit && last ? { next: Number(last.seq) } : {}) };
}

import type { ArticleScan, ArticleScanPage } from '../store.js';
import { articleConditions } from './article-conditions.js';
import type { PrepareStatement } from './select-events.js';

/**
 * The rows of a page of `scanArticles`, by seq (the order of storing) from the seq where the page
 * before ended: reading by seq walks the table in the order of its rows, where id order read each
 * row through the index of ids. With filters (the browser's, plan `scan`) the walk goes through
 * the narrow `article_filters`, and an article's row is read only when it matches. `columns` are
 * those of `articles` to read.
 */
export function selectArticleScan<Row extends { seq: number }>(
  prepare: PrepareStatement,
  scan: ArticleScan,
  columns = '*',
): ArticleScanPage<Row> {
  const { conditions, parameters } = articleConditions(scan, 'scan');
  const sql =
    conditions.length === 0
      ? `SELECT ${columns} FROM articles WHERE seq > @after ORDER BY seq LIMIT @limit`
      : `SELECT ${columns} FROM articles WHERE seq IN (
           SELECT a.seq FROM article_filters a WHERE a.seq > @after AND ${conditions.join(' AND ')}
           ORDER BY a.seq LIMIT @limit
         ) ORDER BY seq`;
  const rows = prepare<Row>(sql).all({ ...parameters, after: scan.after ?? 0, limit: scan.limit });
  const last = rows.at(-1);
  return { articles: rows, ...(rows.length === scan.limit && last ? { next: last.seq } : {}) };
}

import { dayAfter } from '../day-after.js';
import type { ArticleScan, ArticleScanPage } from '../store.js';
import type { Parameters, PrepareStatement } from './select-events.js';

/**
 * The rows of a page of `scanArticles`, by seq (the order of storing) from the seq where the page
 * before ended: reading by seq walks the table in the order of its rows, where id order read each
 * row through the index of ids. With filters the walk goes through the narrow `article_filters`,
 * and an article's row is read only when it matches. `columns` are those of `articles` to read.
 */
export function selectArticleScan<Row extends { seq: number }>(
  prepare: PrepareStatement,
  scan: ArticleScan,
  columns = '*',
): ArticleScanPage<Row> {
  const { conditions, parameters } = scanConditions(scan);
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

/**
 * The filters as the article browser has them, on `article_filters a`, tested article by article
 * in seq order. The unary `+` keeps the filter indexes out of the plan: with them SQLite would
 * gather and sort every match again for each page. The actor is looked up by the article's seq
 * for the same reason (a list of every article with the actor would be made again for each page).
 */
function scanConditions(scan: ArticleScan): { conditions: string[]; parameters: Parameters } {
  const conditions: string[] = [];
  const parameters: Parameters = {};
  if (scan.from) {
    conditions.push('+a.published_at >= @from');
    parameters.from = scan.from;
  }
  if (scan.to) {
    conditions.push("+a.published_at < @before AND a.published_at != ''");
    parameters.before = dayAfter(scan.to);
  }
  if (scan.source) {
    conditions.push('+a.source = @source COLLATE NOCASE');
    parameters.source = scan.source;
  }
  if (scan.actor) {
    conditions.push(
      'EXISTS (SELECT 1 FROM actors WHERE actors.seq = a.seq AND +actor_key >= @actor AND +actor_key < @actorEnd)',
    );
    parameters.actor = scan.actor;
    parameters.actorEnd = `${scan.actor}\uffff`;
  }
  return { conditions, parameters };
}

import type { Pool } from 'pg';
import { parseSearchText } from '../parse-search-text.js';
import { splitSnippet } from '../split-snippet.js';
import { type ArticleHit, type ArticlePage, type ArticleQuery, FACET_SAMPLE } from '../store.js';
import { articleConditions } from './article-conditions.js';
import { HEADLINE, SNIPPET_CLOSE, SNIPPET_OPEN } from './headline.js';
import { QueryParameters } from './query-parameters.js';
import { selectFacets } from './select-facets.js';
import { toTsQuery } from './to-ts-query.js';

/** UTF-16 units of a lede shown as the snippet of an article listed without search words. */
const LEDE_SNIPPET_LENGTH = 240;

interface OrderedRow {
  id: string;
  published_month: string;
  rank: number | null;
}

interface PageRow {
  id: string;
  title: string;
  source: string;
  published_at: string;
  url: string;
  snippet: string;
}

/**
 * The article browser. With search words, the `rankedMatches` most recently stored matches are
 * ranked (as `search` does); without, the newest articles come first. The filters on what an
 * article's annotations hold are semi-joins on the narrow tables. The facets count the first
 * FACET_SAMPLE articles in the page's order, read once with the page when it falls among them.
 */
export async function selectArticlePage(
  pool: Pool,
  query: ArticleQuery,
  rankedMatches: number,
): Promise<ArticlePage> {
  const parameters = new QueryParameters();
  const conditions = articleConditions(query, parameters);
  const limit = query.limit ?? 20;
  const offset = query.offset ?? 0;
  const hasText = query.text !== undefined && query.text.trim() !== '';
  const tsText = hasText ? toTsQuery(parseSearchText(query.text ?? '')) : '';
  const tsquery = hasText ? `to_tsquery('newsgraph_text', ${parameters.add(tsText)})` : '';
  if (hasText) conditions.push(`a.search @@ ${tsquery}`);
  const where = conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '';
  // With words, the narrow search table has every column the conditions name.
  const table = hasText ? 'article_search' : 'articles';
  const filterValues = [...parameters.values];
  const ordered = async (count: number, skip: number): Promise<OrderedRow[]> => {
    const values = [...filterValues, count, skip];
    const [countAt, skipAt] = [`$${values.length - 1}`, `$${values.length}`];
    const sql = hasText
      ? `SELECT id, published_month, rank FROM (
           SELECT a.id, a.published_month, a.seq, ts_rank_cd(a.search, ${tsquery}) AS rank
           FROM article_search a ${where}
           ORDER BY a.seq DESC LIMIT ${rankedMatches}
         ) AS recent ORDER BY rank DESC, seq DESC LIMIT ${countAt} OFFSET ${skipAt}`
      : `SELECT a.id, a.published_month, NULL::real AS rank FROM articles a ${where}
         ORDER BY a.published_at DESC, a.seq DESC LIMIT ${countAt} OFFSET ${skipAt}`;
    return (await pool.query<OrderedRow>(sql, values)).rows;
  };
  const [count, counted] = await Promise.all([
    pool.query<{ total: number }>(`SELECT count(*)::int AS total FROM ${table} a ${where}`, filterValues),
    ordered(FACET_SAMPLE, 0),
  ]);
  const page =
    offset + limit <= counted.length || counted.length < FACET_SAMPLE
      ? counted.slice(offset, offset + limit)
      : await ordered(limit, offset);
  const total = count.rows[0]?.total ?? 0;
  const [articles, facets] = await Promise.all([
    hasText ? searchHits(pool, tsText, page) : newestHits(pool, page),
    selectFacets(
      pool,
      counted.map((row) => row.id),
    ),
  ]);
  return { articles, total, ranked: hasText ? Math.min(total, rankedMatches) : total, facets };
}

async function searchHits(pool: Pool, tsText: string, page: readonly OrderedRow[]): Promise<ArticleHit[]> {
  const { rows } = await pool.query<PageRow>(
    `SELECT a.id, a.title, a.source, a.published_at, a.url,
       ts_headline('newsgraph_text', concat_ws(E'\\n\\n', a.title, a.lede, a.body), to_tsquery('newsgraph_text', $1), $3)
         AS snippet
     FROM articles a WHERE a.id = ANY($2)`,
    [tsText, page.map((row) => row.id), HEADLINE],
  );
  const byId = new Map(rows.map((row) => [row.id, row]));
  return page.flatMap(({ id, rank }) => {
    const row = byId.get(id);
    if (!row) return [];
    return [
      {
        article: summaryOf(row),
        score: rank ?? 0,
        ...splitSnippet(row.snippet, SNIPPET_OPEN, SNIPPET_CLOSE),
      },
    ];
  });
}

async function newestHits(pool: Pool, page: readonly OrderedRow[]): Promise<ArticleHit[]> {
  const { rows } = await pool.query<PageRow & { lede: string; body: string }>(
    `SELECT id, title, source, published_at, url, lede, body FROM articles WHERE id = ANY($1)`,
    [page.map((row) => row.id)],
  );
  const byId = new Map(rows.map((row) => [row.id, row]));
  return page.flatMap(({ id }) => {
    const row = byId.get(id);
    if (!row) return [];
    return [{ article: summaryOf(row), score: null, snippet: shorten(row.lede || row.body), highlights: [] }];
  });
}

/** The beginning of a text, cut at a word boundary with an ellipsis when it is longer (as the SQLite store does). */
function shorten(text: string): string {
  const paragraph = text.split('\n\n')[0] ?? '';
  if (paragraph.length <= LEDE_SNIPPET_LENGTH) return paragraph;
  const cut = paragraph.lastIndexOf(' ', LEDE_SNIPPET_LENGTH);
  return `${paragraph.slice(0, cut > 0 ? cut : LEDE_SNIPPET_LENGTH)}…`;
}

function summaryOf(row: PageRow) {
  return { id: row.id, title: row.title, source: row.source, publishedAt: row.published_at, url: row.url };
}

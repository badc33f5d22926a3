import type { Pool } from 'pg';
import { dayAfter } from '../day-after.js';
import { parseSearchText } from '../parse-search-text.js';
import { splitSnippet } from '../split-snippet.js';
import type { SearchQuery, SearchResult } from '../store.js';
import { isNotCopy } from './duplicate-index.js';
import { HEADLINE, SNIPPET_CLOSE, SNIPPET_OPEN } from './headline.js';
import { publishedMonth } from './published-month.js';
import { QueryParameters } from './query-parameters.js';
import { toTsQuery } from './to-ts-query.js';

interface HitRow {
  id: string;
  title: string;
  source: string;
  published_at: string;
  url: string;
  rank: number;
  snippet: string;
}

/**
 * Ranks the matches with `ts_rank_cd` (title weighs most, then the lede, then the body), among
 * the `rankedMatches` most recently stored, and makes snippets (`ts_headline`) for the page only.
 */
export async function selectSearch(
  pool: Pool,
  query: SearchQuery,
  rankedMatches: number,
): Promise<SearchResult> {
  const parameters = new QueryParameters();
  const tsquery = `to_tsquery('newsgraph_text', ${parameters.add(toTsQuery(parseSearchText(query.text)))})`;
  const conditions = [`search @@ ${tsquery}`];
  if (query.from) {
    conditions.push(`published_at >= ${parameters.add(query.from)}`);
    conditions.push(`published_month >= ${parameters.add(publishedMonth(query.from))}::date`);
  }
  if (query.to) conditions.push(`published_at < ${parameters.add(dayAfter(query.to))}`);
  if (query.source) conditions.push(`lower(source) = lower(${parameters.add(query.source)})`);
  if (query.copies === 'exclude') conditions.push(isNotCopy('article_search.id'));
  const where = `WHERE ${conditions.join(' AND ')}`;
  const filterValues = [...parameters.values];
  const ranked = parameters.add(rankedMatches);
  const limit = parameters.add(query.limit ?? 20);
  const offset = parameters.add(query.offset ?? 0);
  const headline = parameters.add(HEADLINE);
  const [count, page] = await Promise.all([
    pool.query<{ total: number }>(`SELECT count(*)::int AS total FROM article_search ${where}`, filterValues),
    pool.query<HitRow>(
      `SELECT a.id, a.title, a.source, a.published_at, a.url, m.rank,
         ts_headline('newsgraph_text', concat_ws(E'\\n\\n', a.title, a.lede, a.body), ${tsquery}, ${headline})
           AS snippet
       FROM (
         SELECT id, published_month, seq, rank FROM (
           SELECT id, published_month, seq, ts_rank_cd(search, ${tsquery}) AS rank FROM article_search ${where}
           ORDER BY seq DESC LIMIT ${ranked}
         ) AS recent
         ORDER BY rank DESC, seq DESC LIMIT ${limit} OFFSET ${offset}
       ) AS m
       JOIN articles a ON a.id = m.id AND a.published_month = m.published_month
       ORDER BY m.rank DESC, m.seq DESC`,
      parameters.values,
    ),
  ]);
  const total = count.rows[0]?.total ?? 0;
  const hits = page.rows.map((row) => ({
    article: {
      id: row.id,
      title: row.title,
      source: row.source,
      publishedAt: row.published_at,
      url: row.url,
    },
    score: row.rank,
    ...splitSnippet(row.snippet, SNIPPET_OPEN, SNIPPET_CLOSE),
  }));
  return { hits, total, ranked: Math.min(total, rankedMatches) };
}

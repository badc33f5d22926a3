import { dayAfter } from '../day-after.js';
import { parseSearchText } from '../parse-search-text.js';
import { splitSnippet } from '../split-snippet.js';
import { type ArticleHit, type ArticlePage, type ArticleQuery, FACET_SAMPLE } from '../store.js';
import { isNotCopy } from './duplicate-index.js';
import { toFtsQuery } from './fts-query.js';
import type { Parameters, PrepareStatement } from './select-events.js';
import { selectFacets } from './select-facets.js';

const SNIPPET_OPEN = '\u0002';
const SNIPPET_CLOSE = '\u0003';
/** UTF-16 units of a lede shown as the snippet of an article listed without search words. */
const LEDE_SNIPPET_LENGTH = 240;

interface PageRow {
  seq: number;
  id: string;
  title: string;
  source: string;
  published_at: string;
  url: string;
  snippet: string;
}

/**
 * The article browser. With search words, FTS5 ranks the `rankedMatches` most recently stored
 * matches (as `search` does); without, the newest articles come first. The filters on what an
 * article's annotations hold are semi-joins on the narrow tables. The facets count the first
 * FACET_SAMPLE articles in the page's order, read once with the page when it falls among them.
 */
export function selectArticlePage(
  prepare: PrepareStatement,
  query: ArticleQuery,
  rankedMatches: number,
): ArticlePage {
  const hasText = query.text !== undefined && query.text.trim() !== '';
  const { conditions, parameters } = articleConditions(query, hasText);
  const limit = query.limit ?? 20;
  const offset = query.offset ?? 0;
  let total: number;
  let ordered: (count: number, skip: number) => { seq: number; rank: number | null }[];
  if (hasText) {
    parameters.match = toFtsQuery(parseSearchText(query.text ?? ''));
    const from = [
      'FROM articles_fts',
      conditions.length > 0 ? 'JOIN article_filters a ON a.seq = articles_fts.rowid' : '',
      'WHERE articles_fts MATCH @match',
      ...conditions.map((condition) => `AND ${condition}`),
    ].join(' ');
    total = prepare<{ total: number }>(`SELECT count(*) AS total ${from}`).get(parameters)?.total ?? 0;
    const statement = prepare<{ seq: number; rank: number }>(
      `SELECT seq, rank FROM (
         SELECT articles_fts.rowid AS seq, articles_fts.rank AS rank ${from}
         ORDER BY articles_fts.rowid DESC LIMIT @ranked
       ) ORDER BY rank LIMIT @limit OFFSET @offset`,
    );
    ordered = (count, skip) =>
      statement.all({ ...parameters, ranked: rankedMatches, limit: count, offset: skip });
  } else {
    const from = `FROM article_filters a ${conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : ''}`;
    total = prepare<{ total: number }>(`SELECT count(*) AS total ${from}`).get(parameters)?.total ?? 0;
    const statement = prepare<{ seq: number; rank: null }>(
      `SELECT a.seq, NULL AS rank ${from} ORDER BY a.published_at DESC, a.seq DESC LIMIT @limit OFFSET @offset`,
    );
    ordered = (count, skip) => statement.all({ ...parameters, limit: count, offset: skip });
  }
  const counted = ordered(FACET_SAMPLE, 0);
  const page =
    offset + limit <= counted.length || counted.length < FACET_SAMPLE
      ? counted.slice(offset, offset + limit)
      : ordered(limit, offset);
  const articles = hasText
    ? searchHits(prepare, parameters.match as string, page)
    : newestHits(prepare, page);
  return {
    articles,
    total,
    ranked: hasText ? Math.min(total, rankedMatches) : total,
    facets: selectFacets(
      prepare,
      counted.map((row) => row.seq),
    ),
  };
}

/**
 * The filters as conditions on `article_filters a`. When the match leads, a unary `+` keeps the
 * filter table's indexes out of the plan, as in `SqliteStore.search`: walking a month of one
 * source and testing each article against a broad match measured 0.5-1.4 s on 100,000 articles,
 * against about 15 ms when the match leads.
 */
function articleConditions(
  query: ArticleQuery,
  matchLeads: boolean,
): { conditions: string[]; parameters: Parameters } {
  const column = (name: string) => (matchLeads ? `+a.${name}` : `a.${name}`);
  // Behind a match, an article's few events are read by its key; alone, the index on the
  // condition lists the articles that have one.
  const hasEvent = (eventColumn: string, value: string) =>
    matchLeads
      ? `EXISTS (SELECT 1 FROM events e WHERE e.seq = a.seq AND +e.${eventColumn} = ${value})`
      : `a.seq IN (SELECT seq FROM events WHERE ${eventColumn} = ${value})`;
  const conditions: string[] = [];
  const parameters: Parameters = {};
  if (query.from) {
    conditions.push(`${column('published_at')} >= @from`);
    parameters.from = query.from;
  }
  if (query.to) {
    conditions.push(`${column('published_at')} < @before AND a.published_at != ''`);
    parameters.before = dayAfter(query.to);
  }
  if (query.source) {
    conditions.push(`${column('source')} = @source COLLATE NOCASE`);
    parameters.source = query.source;
  }
  if (query.actor) {
    conditions.push('a.seq IN (SELECT seq FROM actors WHERE actor_key >= @actor AND actor_key < @actorEnd)');
    parameters.actor = query.actor;
    parameters.actorEnd = `${query.actor}\uffff`;
  }
  if (query.country) {
    conditions.push('a.seq IN (SELECT seq FROM actors WHERE country = @country)');
    parameters.country = query.country;
  }
  if (query.root) {
    conditions.push(hasEvent('root_code', '@root'));
    parameters.root = query.root;
  }
  if (query.quad !== undefined) {
    conditions.push(hasEvent('quad_class', '@quad'));
    parameters.quad = query.quad;
  }
  if (query.copies === 'exclude') conditions.push(isNotCopy('a.seq'));
  return { conditions, parameters };
}

function searchHits(
  prepare: PrepareStatement,
  match: string,
  page: readonly { seq: number; rank: number | null }[],
): ArticleHit[] {
  // The page's rows by rowid list: FTS5 ignores a bound `rowid = ?` beside MATCH (see SqliteStore).
  const rows = new Map(
    prepare<PageRow>(
      `SELECT a.seq, a.id, a.title, a.source, a.published_at, a.url,
         snippet(articles_fts, -1, '${SNIPPET_OPEN}', '${SNIPPET_CLOSE}', '…', 24) AS snippet
       FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid
       WHERE articles_fts MATCH @match AND articles_fts.rowid IN (SELECT value FROM json_each(@seqs))`,
    )
      .all({ match, seqs: JSON.stringify(page.map((row) => row.seq)) })
      .map((row) => [row.seq, row]),
  );
  return page.flatMap(({ seq, rank }) => {
    const row = rows.get(seq);
    if (!row) return [];
    return [
      {
        article: summaryOf(row),
        score: -(rank ?? 0),
        ...splitSnippet(row.snippet, SNIPPET_OPEN, SNIPPET_CLOSE),
      },
    ];
  });
}

function newestHits(prepare: PrepareStatement, page: readonly { seq: number }[]): ArticleHit[] {
  const rows = new Map(
    prepare<PageRow & { lede: string; body: string }>(
      `SELECT a.seq, a.id, a.title, a.source, a.published_at, a.url, a.lede, a.body, '' AS snippet
       FROM articles a WHERE a.seq IN (SELECT value FROM json_each(@seqs))`,
    )
      .all({ seqs: JSON.stringify(page.map((row) => row.seq)) })
      .map((row) => [row.seq, row]),
  );
  return page.flatMap(({ seq }) => {
    const row = rows.get(seq);
    if (!row) return [];
    return [{ article: summaryOf(row), score: null, snippet: shorten(row.lede || row.body), highlights: [] }];
  });
}

/** The beginning of a text, cut at a word boundary with an ellipsis when it is longer. */
function shorten(text: string): string {
  const paragraph = text.split('\n\n')[0] ?? '';
  if (paragraph.length <= LEDE_SNIPPET_LENGTH) return paragraph;
  const cut = paragraph.lastIndexOf(' ', LEDE_SNIPPET_LENGTH);
  return `${paragraph.slice(0, cut > 0 ? cut : LEDE_SNIPPET_LENGTH)}…`;
}

function summaryOf(row: PageRow) {
  return { id: row.id, title: row.title, source: row.source, publishedAt: row.published_at, url: row.url };
}

import { parseSearchText } from '../parse-search-text.js';
import { type ArticleHit, type ArticlePage, type ArticleQuery, FACET_SAMPLE } from '../store.js';
import { articleConditions, type Plan } from './article-conditions.js';
import { toFtsQuery } from './fts-query.js';
import type { PrepareStatement } from './select-events.js';
import { selectFacets } from './select-facets.js';
import { type SummaryRow, selectMatchHits, summaryOf } from './select-match-hits.js';

/** UTF-16 units of a lede shown as the snippet of an article listed without search words. */
const LEDE_SNIPPET_LENGTH = 240;

interface NewestRow extends SummaryRow {
  lede: string;
  body: string;
}

/**
 * The article browser. With search words, FTS5 ranks the `rankedMatches` most recently stored
 * matches (as `search` does); without, the newest articles come first. The filters on what an
 * article's annotations hold are bits of its filter row (QuadClasses, root codes) or semi-joins on
 * the narrow tables (actors, countries), read as `Plan` says. The facets count the first
 * FACET_SAMPLE articles in the page's order, read once with the page when it falls among them.
 */
export function selectArticlePage(
  prepare: PrepareStatement,
  query: ArticleQuery,
  rankedMatches: number,
): ArticlePage {
  const hasText = query.text !== undefined && query.text.trim() !== '';
  const limit = query.limit ?? 20;
  const offset = query.offset ?? 0;
  const { total, ordered, match } = hasText
    ? rankedOrder(prepare, query, rankedMatches)
    : newestOrder(prepare, query);
  const counted = ordered(FACET_SAMPLE, 0);
  const page =
    offset + limit <= counted.length || counted.length < FACET_SAMPLE
      ? counted.slice(offset, offset + limit)
      : ordered(limit, offset);
  const articles =
    match !== undefined
      ? selectMatchHits(
          prepare,
          match,
          page.map(({ seq, rank }) => ({ seq, rank: rank ?? 0 })),
        )
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

/** The matching articles in a page's order: `ordered(count, skip)` reads `count` of them from `skip`. */
interface PageOrder {
  total: number;
  ordered: (count: number, skip: number) => { seq: number; rank: number | null }[];
  /** The FTS5 query, when there are search words. */
  match?: string;
}

function rankedOrder(prepare: PrepareStatement, query: ArticleQuery, rankedMatches: number): PageOrder {
  const { conditions, parameters } = articleConditions(query, 'match');
  const match = toFtsQuery(parseSearchText(query.text ?? ''));
  const from = [
    'FROM articles_fts',
    conditions.length > 0 ? 'JOIN article_filters a ON a.seq = articles_fts.rowid' : '',
    'WHERE articles_fts MATCH @match',
    ...conditions.map((condition) => `AND ${condition}`),
  ].join(' ');
  const total =
    prepare<{ total: number }>(`SELECT count(*) AS total ${from}`).get({ ...parameters, match })?.total ?? 0;
  const statement = prepare<{ seq: number; rank: number }>(
    `SELECT seq, rank FROM (
       SELECT articles_fts.rowid AS seq, articles_fts.rank AS rank ${from}
       ORDER BY articles_fts.rowid DESC LIMIT @ranked
     ) ORDER BY rank LIMIT @limit OFFSET @offset`,
  );
  return {
    total,
    match,
    ordered: (count, skip) =>
      statement.all({ ...parameters, match, ranked: rankedMatches, limit: count, offset: skip }),
  };
}

/** Without search words, a page is walked when at least one article in this many matches. */
const WALK_SHARE = 20;

function newestOrder(prepare: PrepareStatement, query: ArticleQuery): PageOrder {
  const where = (plan: Plan) => {
    const { conditions, parameters } = articleConditions(query, plan);
    const from = `FROM article_filters a ${conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : ''}`;
    return { from, parameters };
  };
  const listed = where('list');
  const total =
    prepare<{ total: number }>(`SELECT count(*) AS total ${listed.from}`).get(listed.parameters)?.total ?? 0;
  // Many matches are found soonest by walking the articles newest first and testing each; few, by
  // listing them and sorting the list, with a unary `+` to keep the walk out of the plan (see
  // `Plan`). The largest seq stands for the number stored.
  const stored =
    prepare<{ last: number | null }>('SELECT max(seq) AS last FROM article_filters').get({})?.last ?? 0;
  const walk = total * WALK_SHARE >= stored;
  const { from, parameters } = walk ? where('walk') : listed;
  const statement = prepare<{ seq: number; rank: null }>(
    `SELECT a.seq, NULL AS rank ${from}
     ORDER BY ${walk ? '' : '+'}a.published_at DESC, a.seq DESC LIMIT @limit OFFSET @offset`,
  );
  return { total, ordered: (count, skip) => statement.all({ ...parameters, limit: count, offset: skip }) };
}

function newestHits(prepare: PrepareStatement, page: readonly { seq: number }[]): ArticleHit[] {
  const rows = new Map(
    prepare<NewestRow>(
      `SELECT a.seq, a.id, a.title, a.source, a.published_at, a.url, a.lede, a.body
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

import type { Pool } from 'pg';
import type { ArticleFacets, FacetCount } from '../store.js';

/** Values per facet besides dates. */
const FACET_VALUES = 20;
/** Up to this many days between the first and last counted dates, the histogram is per day. */
const MAX_DAILY_SPAN_DAYS = 62;

/** Counts what the articles with these ids hold; each count is of articles, not of mentions. */
export async function selectFacets(pool: Pool, ids: readonly string[]): Promise<ArticleFacets> {
  const counts = async (sql: string) => (await pool.query<FacetCount>(sql, [ids, FACET_VALUES])).rows;
  const [days, actors, sources, countries, roots, quads] = await Promise.all([
    pool
      .query<FacetCount>(
        `SELECT left(published_at, 10) AS value, count(*)::int AS count FROM articles
         WHERE id = ANY($1) AND published_at != '' GROUP BY value ORDER BY value`,
        [ids],
      )
      .then((result) => result.rows),
    counts(
      `SELECT code AS value, count(DISTINCT article_id)::int AS count FROM actors
       WHERE article_id = ANY($1) AND code IS NOT NULL GROUP BY code ORDER BY count DESC, value LIMIT $2`,
    ),
    counts(
      `SELECT min(source COLLATE "C") AS value, count(*)::int AS count FROM articles WHERE id = ANY($1)
       GROUP BY lower(source) ORDER BY count DESC, value LIMIT $2`,
    ),
    counts(
      `SELECT country COLLATE "C" AS value, count(DISTINCT article_id)::int AS count FROM actors
       WHERE article_id = ANY($1) AND country IS NOT NULL GROUP BY country ORDER BY count DESC, value LIMIT $2`,
    ),
    counts(
      `SELECT root_code AS value, count(DISTINCT article_id)::int AS count FROM events WHERE article_id = ANY($1)
       GROUP BY root_code ORDER BY count DESC, value LIMIT $2`,
    ),
    counts(
      `SELECT quad_class::text COLLATE "C" AS value, count(DISTINCT article_id)::int AS count FROM events
       WHERE article_id = ANY($1) GROUP BY quad_class ORDER BY count DESC, value LIMIT $2`,
    ),
  ]);
  const names = new Map<string, string>();
  const named = await pool.query<{ code: string; name: string }>(
    `SELECT code, name FROM actors WHERE article_id = ANY($1) AND code = ANY($2)
     GROUP BY code, name ORDER BY sum(mentions) DESC, name COLLATE "C"`,
    [ids, actors.map((actor) => actor.value)],
  );
  for (const row of named.rows) if (!names.has(row.code)) names.set(row.code, row.name);
  return {
    counted: ids.length,
    ...histogram(days),
    sources,
    actors: actors.map((actor) => ({ ...actor, name: names.get(actor.value) ?? actor.value })),
    countries,
    roots,
    quads,
  };
}

/** Days as they are, or folded into months when they span more than MAX_DAILY_SPAN_DAYS (as the SQLite store does). */
function histogram(days: readonly FacetCount[]): Pick<ArticleFacets, 'interval' | 'dates'> {
  const first = days[0]?.value;
  const last = days.at(-1)?.value;
  if (!first || !last || Date.parse(last) - Date.parse(first) <= MAX_DAILY_SPAN_DAYS * 86_400_000) {
    return { interval: 'day', dates: [...days] };
  }
  const months = new Map<string, number>();
  for (const day of days) {
    const month = day.value.slice(0, 7);
    months.set(month, (months.get(month) ?? 0) + day.count);
  }
  return { interval: 'month', dates: [...months].map(([value, count]) => ({ value, count })) };
}

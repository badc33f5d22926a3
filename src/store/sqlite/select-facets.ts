import type { ArticleFacets, FacetCount } from '../store.js';
import type { PrepareStatement } from './select-events.js';

/** Values per facet besides dates. */
const FACET_VALUES = 20;
/** Up to this many days between the first and last counted dates, the histogram is per day. */
const MAX_DAILY_SPAN_DAYS = 62;

/** Counts what the articles at these `seq`s hold; each count is of articles, not of mentions. */
export function selectFacets(prepare: PrepareStatement, seqs: readonly number[]): ArticleFacets {
  const parameters = { seqs: JSON.stringify(seqs), values: FACET_VALUES };
  const chosen = 'seq IN (SELECT value FROM json_each(@seqs))';
  const counts = (sql: string) => prepare<FacetCount>(sql).all(parameters);
  const days = prepare<FacetCount>(
    `SELECT substr(published_at, 1, 10) AS value, count(*) AS count FROM article_filters
     WHERE ${chosen} AND published_at != '' GROUP BY value ORDER BY value`,
  ).all({ seqs: parameters.seqs });
  const actors = counts(
    `SELECT code AS value, count(DISTINCT seq) AS count FROM actors WHERE ${chosen} AND code IS NOT NULL
     GROUP BY code ORDER BY count DESC, value LIMIT @values`,
  );
  const names = new Map<string, string>();
  for (const row of prepare<{ code: string; name: string }>(
    `SELECT code, name FROM actors
     WHERE ${chosen} AND code IN (SELECT value FROM json_each(@codes))
     GROUP BY code, name ORDER BY sum(mentions) DESC, name`,
  ).all({ seqs: parameters.seqs, codes: JSON.stringify(actors.map((actor) => actor.value)) })) {
    if (!names.has(row.code)) names.set(row.code, row.name);
  }
  const { interval, dates } = histogram(days);
  return {
    counted: seqs.length,
    interval,
    dates,
    sources: counts(
      `SELECT min(source) AS value, count(*) AS count FROM article_filters WHERE ${chosen}
       GROUP BY source COLLATE NOCASE ORDER BY count DESC, value LIMIT @values`,
    ),
    actors: actors.map((actor) => ({ ...actor, name: names.get(actor.value) ?? actor.value })),
    countries: counts(
      `SELECT country AS value, count(DISTINCT seq) AS count FROM actors WHERE ${chosen} AND country IS NOT NULL
       GROUP BY country ORDER BY count DESC, value LIMIT @values`,
    ),
    roots: counts(
      `SELECT root_code AS value, count(DISTINCT seq) AS count FROM events WHERE ${chosen}
       GROUP BY root_code ORDER BY count DESC, value LIMIT @values`,
    ),
    quads: counts(
      `SELECT CAST(quad_class AS TEXT) AS value, count(DISTINCT seq) AS count FROM events WHERE ${chosen}
       GROUP BY quad_class ORDER BY count DESC, value LIMIT @values`,
    ),
  };
}

/** Days as they are, or folded into months when they span more than MAX_DAILY_SPAN_DAYS. */
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

import { DistinctCounts } from '../count-distinct.js';
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
  // The actors' codes, countries and names are read from the index on `seq` alone (see the
  // migrations), the names for the listed codes only.
  const actors = counts(
    `SELECT code AS value, count(DISTINCT seq) AS count FROM actors WHERE ${chosen} AND code IS NOT NULL
     GROUP BY code ORDER BY count DESC, value LIMIT @values`,
  );
  const mentionsByName = new Map<string, Map<string, number>>();
  for (const row of prepare<{ code: string; name: string; mentions: number }>(
    `SELECT code, name, sum(mentions) AS mentions FROM actors
     WHERE ${chosen} AND code IN (SELECT value FROM json_each(@codes)) GROUP BY code, name`,
  ).all({ seqs: parameters.seqs, codes: JSON.stringify(actors.map((actor) => actor.value)) })) {
    const names = mentionsByName.get(row.code) ?? new Map<string, number>();
    names.set(row.name, row.mentions);
    mentionsByName.set(row.code, names);
  }
  // One read of the events serves two facets.
  const roots = new DistinctCounts();
  const quads = new DistinctCounts();
  for (const row of prepare<{ seq: number; root_code: string; quad_class: number }>(
    `SELECT seq, root_code, quad_class FROM events WHERE ${chosen}`,
  ).all({ seqs: parameters.seqs })) {
    roots.add(row.root_code, row.seq);
    quads.add(String(row.quad_class), row.seq);
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
    actors: actors.map((actor) => ({
      ...actor,
      name: mostMentioned(mentionsByName.get(actor.value)) ?? actor.value,
    })),
    countries: counts(
      `SELECT country AS value, count(DISTINCT seq) AS count FROM actors
       WHERE ${chosen} AND country IS NOT NULL GROUP BY country ORDER BY count DESC, value LIMIT @values`,
    ),
    roots: roots.top(FACET_VALUES),
    quads: quads.top(FACET_VALUES),
  };
}

/** The name with the most mentions, ties to the first in BINARY order. */
function mostMentioned(names: Map<string, number> | undefined): string | undefined {
  let best: [string, number] | undefined;
  for (const [name, mentions] of names ?? []) {
    if (!best || mentions > best[1] || (mentions === best[1] && name < best[0])) best = [name, mentions];
  }
  return best?.[0];
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

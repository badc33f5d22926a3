import { DistinctCounts } from '../count-distinct.js';
import type { ArticleFacets, FacetCount } from '../store.js';
import type { PrepareStatement } from './select-events.js';

interface ActorFacetRow {
  seq: number;
  code: string | null;
  country: string | null;
  name: string;
  mentions: number;
}

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
  // One read of the actors and one of the events serve two facets each (and the actors' names).
  const actors = new DistinctCounts();
  const countries = new DistinctCounts();
  const mentionsByName = new Map<string, Map<string, number>>();
  for (const row of prepare<ActorFacetRow>(
    `SELECT seq, code, country, name, mentions FROM actors WHERE ${chosen}`,
  ).all({ seqs: parameters.seqs })) {
    actors.add(row.code, row.seq);
    countries.add(row.country, row.seq);
    if (row.code === null) continue;
    const names = mentionsByName.get(row.code) ?? new Map<string, number>();
    names.set(row.name, (names.get(row.name) ?? 0) + row.mentions);
    mentionsByName.set(row.code, names);
  }
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
    actors: actors.top(FACET_VALUES).map((actor) => ({
      ...actor,
      name: mostMentioned(mentionsByName.get(actor.value)) ?? actor.value,
    })),
    countries: countries.top(FACET_VALUES),
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

import type { Network, NetworkQuery } from '../store.js';
import { roundMean } from '../timeline-days.js';
import { eventConditions } from './event-conditions.js';
import type { PrepareStatement } from './select-events.js';

interface PairRow {
  source: string;
  target: string;
  events: number;
  goldstein: number;
}

const DEFAULT_NODES = 50;

/**
 * Groups the matching events by (source actor, target actor) once, then keeps the actors in most
 * events and the pairs between them. Events with an unknown side are left out.
 */
export function selectNetwork(prepare: PrepareStatement, query: NetworkQuery): Network {
  const { from, parameters } = eventConditions(query);
  const pairs = prepare<PairRow>(
    `SELECT e.source_actor AS source, e.target_actor AS target, count(*) AS events, total(e.goldstein) AS goldstein
     ${from} ${from.includes('WHERE') ? 'AND' : 'WHERE'} e.source_actor IS NOT NULL AND e.target_actor IS NOT NULL
     GROUP BY e.source_actor, e.target_actor`,
  ).all(parameters);
  const degree = new Map<string, number>();
  for (const pair of pairs) {
    degree.set(pair.source, (degree.get(pair.source) ?? 0) + pair.events);
    if (pair.target !== pair.source) degree.set(pair.target, (degree.get(pair.target) ?? 0) + pair.events);
  }
  const top = [...degree]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, query.nodes ?? DEFAULT_NODES);
  const kept = new Set(top.map(([id]) => id));
  const names = actorNames(
    prepare,
    top.map(([id]) => id),
  );
  return {
    nodes: top.map(([id, events]) => ({
      id,
      code: id.startsWith('name:') ? null : id,
      name: names.get(id) ?? id.replace(/^name:/, ''),
      events,
    })),
    edges: pairs
      .filter((pair) => kept.has(pair.source) && kept.has(pair.target))
      .sort((a, b) => b.events - a.events || (a.source + a.target < b.source + b.target ? -1 : 1))
      .map((pair) => ({
        source: pair.source,
        target: pair.target,
        events: pair.events,
        goldsteinMean: roundMean(pair.goldstein, pair.events),
      })),
  };
}

/** The name each actor key goes by most often (most mentions) across the stored articles. */
export function actorNames(prepare: PrepareStatement, keys: readonly string[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const row of prepare<{ key: string; name: string }>(
    `SELECT actor_key AS key, name FROM actors WHERE actor_key IN (SELECT value FROM json_each(@keys))
     GROUP BY actor_key, name ORDER BY sum(mentions) DESC, name`,
  ).all({ keys: JSON.stringify(keys) })) {
    if (!names.has(row.key)) names.set(row.key, row.name);
  }
  return names;
}

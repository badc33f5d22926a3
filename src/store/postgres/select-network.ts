import type { Pool } from 'pg';
import type { Network, NetworkQuery } from '../store.js';
import { roundMean } from '../timeline-days.js';
import { actorNames } from './actor-names.js';
import { eventConditions } from './event-conditions.js';
import { QueryParameters } from './query-parameters.js';

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
export async function selectNetwork(pool: Pool, query: NetworkQuery): Promise<Network> {
  const parameters = new QueryParameters();
  const { from } = eventConditions(query, parameters);
  const { rows: pairs } = await pool.query<PairRow>(
    `SELECT e.source_actor AS source, e.target_actor AS target, count(*)::int AS events,
       sum(e.goldstein) AS goldstein
     ${from} AND e.source_actor IS NOT NULL AND e.target_actor IS NOT NULL
     GROUP BY e.source_actor, e.target_actor`,
    parameters.values,
  );
  const degree = new Map<string, number>();
  for (const pair of pairs) {
    degree.set(pair.source, (degree.get(pair.source) ?? 0) + pair.events);
    if (pair.target !== pair.source) degree.set(pair.target, (degree.get(pair.target) ?? 0) + pair.events);
  }
  const top = [...degree]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, query.nodes ?? DEFAULT_NODES);
  const kept = new Set(top.map(([id]) => id));
  const names = await actorNames(
    pool,
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

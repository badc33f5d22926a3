import { type ActorPair, busiestActors, networkOfPairs } from '../network-of-pairs.js';
import type { Network, NetworkQuery } from '../store.js';
import { eventConditions } from './event-conditions.js';
import type { PrepareStatement } from './select-events.js';

/**
 * Groups the matching events by (source actor, target actor) once, then keeps the actors in most
 * events and the pairs between them. Events with an unknown side are left out.
 */
export function selectNetwork(prepare: PrepareStatement, query: NetworkQuery): Network {
  const { from, parameters } = eventConditions(query);
  const pairs = prepare<ActorPair>(
    `SELECT e.source_actor AS source, e.target_actor AS target, count(*) AS events, total(e.goldstein) AS goldstein
     ${from} ${from.includes('WHERE') ? 'AND' : 'WHERE'} e.source_actor IS NOT NULL AND e.target_actor IS NOT NULL
     GROUP BY e.source_actor, e.target_actor`,
  ).all(parameters);
  const busiest = busiestActors(pairs, query.nodes);
  return networkOfPairs(
    pairs,
    busiest,
    actorNames(
      prepare,
      busiest.map(([id]) => id),
    ),
  );
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

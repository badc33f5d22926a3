import { type ActorPair, busiestActors, networkOfPairs } from '../network-of-pairs.js';
import type { Network, NetworkQuery } from '../store.js';
import { actorNames } from './actor-names.js';
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

import type { Pool } from 'pg';
import { type ActorPair, busiestActors, networkOfPairs } from '../network-of-pairs.js';
import type { Network, NetworkQuery } from '../store.js';
import { actorNames } from './actor-names.js';
import { eventConditions } from './event-conditions.js';
import { QueryParameters } from './query-parameters.js';

/**
 * Groups the matching events by (source actor, target actor) once, then keeps the actors in most
 * events and the pairs between them. Events with an unknown side are left out.
 */
export async function selectNetwork(pool: Pool, query: NetworkQuery): Promise<Network> {
  const parameters = new QueryParameters();
  const { from } = eventConditions(query, parameters);
  const { rows: pairs } = await pool.query<ActorPair>(
    `SELECT e.source_actor AS source, e.target_actor AS target, count(*)::int AS events,
       sum(e.goldstein) AS goldstein
     ${from} AND e.source_actor IS NOT NULL AND e.target_actor IS NOT NULL
     GROUP BY e.source_actor, e.target_actor`,
    parameters.values,
  );
  const busiest = busiestActors(pairs, query.nodes);
  return networkOfPairs(
    pairs,
    busiest,
    await actorNames(
      pool,
      busiest.map(([id]) => id),
    ),
  );
}

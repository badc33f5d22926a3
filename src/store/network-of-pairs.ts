import type { Network } from './store.js';
import { roundMean } from './timeline-days.js';

/** Events from one actor to another, with the sum of their Goldstein values, as both stores group them. */
export interface ActorPair {
  source: string;
  target: string;
  events: number;
  goldstein: number;
}

/** How many actors a network keeps when the query does not say. */
export const DEFAULT_NODES = 50;

/** The actors in most events across the pairs, at most `limit`, most events first (ties by key). */
export function busiestActors(pairs: readonly ActorPair[], limit = DEFAULT_NODES): [string, number][] {
  const degree = new Map<string, number>();
  for (const pair of pairs) {
    degree.set(pair.source, (degree.get(pair.source) ?? 0) + pair.events);
    if (pair.target !== pair.source) degree.set(pair.target, (degree.get(pair.target) ?? 0) + pair.events);
  }
  return [...degree].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, limit);
}

/**
 * The network of the busiest actors: each a node named by the name it goes by most (`names`),
 * and the pairs between two of them as edges, most events first.
 */
export function networkOfPairs(
  pairs: readonly ActorPair[],
  busiest: readonly [string, number][],
  names: ReadonlyMap<string, string>,
): Network {
  const kept = new Set(busiest.map(([id]) => id));
  return {
    nodes: busiest.map(([id, events]) => ({
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

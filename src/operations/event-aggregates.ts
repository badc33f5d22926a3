import { z } from 'zod';
import type { EventMap, Network, Store, Timeline } from '../store/store.js';
import { eventFilterFields } from './event-filter-fields.js';
import { parseQuery } from './parse-query.js';
import { isDateRange } from './query-fields.js';

export const timelineQuerySchema = z
  .object(eventFilterFields)
  .refine(isDateRange, { message: '"from" is after "to"', path: ['from'] });

export const networkQuerySchema = z
  .object({ ...eventFilterFields, nodes: z.coerce.number().int().min(1).max(500).optional() })
  .refine(isDateRange, { message: '"from" is after "to"', path: ['from'] });

export const mapQuerySchema = z
  .object({ ...eventFilterFields, limit: z.coerce.number().int().min(1).max(5000).optional() })
  .refine(isDateRange, { message: '"from" is after "to"', path: ['from'] });

export type TimelineFilters = z.input<typeof timelineQuerySchema>;
export type NetworkFilters = z.input<typeof networkQuerySchema>;
export type MapFilters = z.input<typeof mapQuerySchema>;

/** Events per day by QuadClass, with the mean Goldstein value of each day. */
export async function eventTimeline(store: Store, filters: TimelineFilters): Promise<Timeline> {
  return store.eventTimeline(parseQuery('timeline', timelineQuerySchema, filters));
}

/** The actors in most matching events (`nodes`, default 50) and the events between them. */
export async function actorNetwork(store: Store, filters: NetworkFilters): Promise<Network> {
  return store.actorNetwork(parseQuery('network', networkQuerySchema, filters));
}

/** Where the matching events happened, and the places the articles name. */
export async function eventMap(store: Store, filters: MapFilters): Promise<EventMap> {
  return store.eventMap(parseQuery('map', mapQuerySchema, filters));
}

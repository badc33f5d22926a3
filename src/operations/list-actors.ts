import { z } from 'zod';
import type { ActorList, Store } from '../store/store.js';
import { parseQuery } from './parse-query.js';
import { countryCode, limit, offset } from './query-fields.js';

export const actorQuerySchema = z.object({
  country: countryCode.optional(),
  name: z.string().trim().min(1, 'expected some words of a name').optional(),
  limit,
  offset,
});

export type ActorFilters = z.input<typeof actorQuerySchema>;

/** The actors of the stored articles, by code (or name), in most articles first. */
export async function listActors(store: Store, filters: ActorFilters): Promise<ActorList> {
  return store.listActors(parseQuery('actors', actorQuerySchema, filters));
}

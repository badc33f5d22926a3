import { z } from 'zod';
import type { PlaceList, Store } from '../store/store.js';
import { parseQuery } from './parse-query.js';
import { countryCode, limit, offset } from './query-fields.js';

export const placeQuerySchema = z.object({
  country: countryCode.optional(),
  limit,
  offset,
});

export type PlaceFilters = z.input<typeof placeQuerySchema>;

/** The places of the stored articles, by GeoNames id (or name and country), in most articles first. */
export async function listPlaces(store: Store, filters: PlaceFilters): Promise<PlaceList> {
  return store.listPlaces(parseQuery('places', placeQuerySchema, filters));
}

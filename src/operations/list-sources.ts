import { z } from 'zod';
import type { SourceList, Store } from '../store/store.js';
import { parseQuery } from './parse-query.js';
import { limit, offset } from './query-fields.js';

export const sourceQuerySchema = z.object({ limit, offset });
export type SourceFilters = z.input<typeof sourceQuerySchema>;

/** The sources of the stored articles, most articles first, with their first and last dates. */
export async function listSources(store: Store, filters: SourceFilters): Promise<SourceList> {
  return store.listSources(parseQuery('sources', sourceQuerySchema, filters));
}

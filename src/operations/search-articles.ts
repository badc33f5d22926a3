import { z } from 'zod';
import type { SearchQuery, SearchResult, Store } from '../store/store.js';
import { parseQuery } from './parse-query.js';
import { copiesFilter, isDateRange, isoDate, limit, offset } from './query-fields.js';

export const searchQuerySchema = z
  .object({
    text: z.string(),
    from: isoDate.optional(),
    to: isoDate.optional(),
    source: z.string().trim().min(1).optional(),
    copies: copiesFilter.optional(),
    limit,
    offset,
  })
  .refine(isDateRange, { message: '"from" is after "to"', path: ['from'] });

/** Ranked full-text search; a query that is not valid is a usage error naming the field. */
export async function searchArticles(store: Store, query: SearchQuery): Promise<SearchResult> {
  return store.search(parseQuery('search', searchQuerySchema, query));
}

import { z } from 'zod';
import type { ArticlePage, Store } from '../store/store.js';
import { quadClass, rootCode, sourceName } from './event-filter-fields.js';
import { parseQuery } from './parse-query.js';
import { actorCode, copiesFilter, countryCode, isDateRange, isoDate, limit, offset } from './query-fields.js';

export const browseQuerySchema = z
  .object({
    q: z.string().max(1000, 'expected a search of at most 1000 characters').optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
    source: sourceName.optional(),
    actor: actorCode.optional(),
    country: countryCode.optional(),
    root: rootCode.optional(),
    quad: quadClass.optional(),
    copies: copiesFilter.optional(),
    limit,
    offset,
  })
  .refine(isDateRange, { message: '"from" is after "to"', path: ['from'] });

/** What a shell may pass: strings for every field, as in a URL. */
export type BrowseFilters = z.input<typeof browseQuerySchema>;

/**
 * Articles that match, with facets: searched (best first) when `q` has words, else newest first.
 * A `q` with no word to look for (only punctuation) is a usage error.
 */
export async function browseArticles(store: Store, filters: BrowseFilters): Promise<ArticlePage> {
  const { q, ...query } = parseQuery('articles', browseQuerySchema, filters);
  return store.browseArticles(q !== undefined && q.trim() !== '' ? { ...query, text: q } : query);
}

import { z } from 'zod';
import { NewsgraphError } from '../errors.js';
import type { SearchQuery, SearchResult, Store } from '../store/store.js';

const isoDate = z.iso.date({ message: 'expected a date as YYYY-MM-DD' });

export const searchQuerySchema = z
  .object({
    text: z.string(),
    from: isoDate.optional(),
    to: isoDate.optional(),
    source: z.string().trim().min(1).optional(),
    limit: z.coerce.number().int().min(1).max(1000).optional(),
    offset: z.coerce.number().int().min(0).optional(),
  })
  .refine((query) => !query.from || !query.to || query.from <= query.to, {
    message: '"from" is after "to"',
    path: ['from'],
  });

/** Ranked full-text search; a query that is not valid is a usage error naming the field. */
export async function searchArticles(store: Store, query: SearchQuery): Promise<SearchResult> {
  const parsed = searchQuerySchema.safeParse(query);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new NewsgraphError(
      'USAGE',
      `search ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`,
    );
  }
  return store.search(parsed.data);
}

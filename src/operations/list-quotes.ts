import { z } from 'zod';
import type { QuoteList, Store } from '../store/store.js';
import { parseQuery } from './parse-query.js';
import { actorCode, isDateRange, isoDate, limit, offset } from './query-fields.js';

export const quoteQuerySchema = z
  .object({
    speaker: z.string().trim().min(1, "expected some words of a speaker's name or description").optional(),
    actor: actorCode.optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
    source: z.string().trim().min(1).optional(),
    limit,
    offset,
  })
  .refine(isDateRange, { message: '"from" is after "to"', path: ['from'] });

/** What a shell may pass: strings for every field, as typed on a command line or in a URL. */
export type QuoteFilters = z.input<typeof quoteQuerySchema>;

/** The stored quotations that match, newest article first, each with its article and speaker's actor. */
export async function listQuotes(store: Store, filters: QuoteFilters): Promise<QuoteList> {
  return store.listQuotes(parseQuery('quotes', quoteQuerySchema, filters));
}

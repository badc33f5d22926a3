import { z } from 'zod';
import { NewsgraphError } from '../errors.js';
import type { AggregateEventList, Store } from '../store/store.js';
import { eventFilterFields } from './event-filter-fields.js';
import { parseQuery } from './parse-query.js';
import { isDateRange, limit, offset } from './query-fields.js';

const { source: _source, ...filters } = eventFilterFields;

export const aggregateEventQuerySchema = z
  .object({
    ...filters,
    origin: z
      .string()
      .trim()
      .toLowerCase()
      .pipe(
        z.enum(['newsgraph', 'gdelt'], {
          message: 'expected newsgraph (folded from articles) or gdelt (imported)',
        }),
      )
      .optional(),
    limit,
    offset,
  })
  .refine(isDateRange, { message: '"from" is after "to"', path: ['from'] });

/** What a shell may pass: strings for every field, as typed on a command line or in a URL. */
export type AggregateEventFilters = z.input<typeof aggregateEventQuerySchema> & {
  source?: string | undefined;
};

/**
 * Aggregate events (the same real event across articles, and GDELT imports), latest first. The
 * date range matches the events whose first-to-last-seen span overlaps it. An aggregate has many
 * sources, so there is no source filter: one given is a usage error.
 */
export async function listAggregateEvents(
  store: Store,
  { source, ...filters }: AggregateEventFilters,
): Promise<AggregateEventList> {
  if (source !== undefined) {
    throw new NewsgraphError(
      'USAGE',
      `events --aggregate source: an aggregate event has many sources; leave out the source (got "${source}")`,
    );
  }
  return store.listAggregateEvents(parseQuery('events --aggregate', aggregateEventQuerySchema, filters));
}

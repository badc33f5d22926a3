import { z } from 'zod';
import type { EventQuadClass } from '../document/annotations.js';
import type { EventList, Store } from '../store/store.js';
import { parseQuery } from './parse-query.js';
import { actorCode, countryCode, isDateRange, isoDate, limit, offset } from './query-fields.js';

const QUAD_MESSAGE = 'expected a QuadClass from 1 to 4';

export const eventQuerySchema = z
  .object({
    actor: actorCode.optional(),
    country: countryCode.optional(),
    code: z
      .string()
      .trim()
      .regex(/^\d{2,4}$/, 'expected a CAMEO event code of 2 to 4 digits, such as 036')
      .optional(),
    root: z
      .string()
      .trim()
      .regex(/^(0[1-9]|1\d|20)$/, 'expected a CAMEO root code from 01 to 20')
      .optional(),
    quad: z.coerce
      .number({ message: QUAD_MESSAGE })
      .int({ message: QUAD_MESSAGE })
      .min(1, { message: QUAD_MESSAGE })
      .max(4, { message: QUAD_MESSAGE })
      .transform((quad) => quad as EventQuadClass)
      .optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
    source: z.string().trim().min(1).optional(),
    limit,
    offset,
  })
  .refine(isDateRange, { message: '"from" is after "to"', path: ['from'] });

/** What a shell may pass: strings for every field, as typed on a command line or in a URL. */
export type EventFilters = z.input<typeof eventQuerySchema>;

/** The stored events that match, newest first, each with its article and sentence. */
export async function listEvents(store: Store, filters: EventFilters): Promise<EventList> {
  return store.listEvents(parseQuery('events', eventQuerySchema, filters));
}

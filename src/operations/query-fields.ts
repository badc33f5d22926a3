import { z } from 'zod';

/** The fields that several read queries share, each with the message a person needs. */
export const isoDate = z.iso.date({ message: 'expected a date as YYYY-MM-DD' });
export const limit = z.coerce.number().int().min(1).max(1000).optional();
export const offset = z.coerce.number().int().min(0).optional();
export const countryCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{3}$/, 'expected an ISO-3 country code such as ISR');
/** A CAMEO actor code or its beginning, in any case: `isrgov` reads as `ISRGOV`. */
export const actorCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9]{3,}$/, 'expected a CAMEO actor code or its beginning, such as ISRGOV, RUS or IGO');

/** Whether near-duplicates of earlier articles are listed (see `SearchQuery.copies`). */
export const copiesFilter = z
  .string()
  .pipe(z.enum(['include', 'exclude'], { message: 'expected "include" or "exclude"' }));

/** Refines a query with `from` and `to` so that `from` is not after `to`. */
export function isDateRange(query: { from?: string | undefined; to?: string | undefined }): boolean {
  return !query.from || !query.to || query.from <= query.to;
}

import type { AggregateActor, AggregatePlace, ImportedEvent } from '../../store/aggregate-types.js';

/**
 * One side of a GDELT event: the Actor1* or Actor2* columns, the empty ones left out. It is the
 * store's aggregate actor, which keeps every actor field of a GDELT row.
 */
export type GdeltActor = AggregateActor;

/**
 * A place of a GDELT event (ActionGeo_*, Actor1Geo_*, Actor2Geo_*), as the file gives it: the country
 * is FIPS 10-4, as GDELT writes it, not newsgraph's ISO-3.
 */
export type GdeltPlace = AggregatePlace;

/**
 * One row of a GDELT 2.0 Event file: an event without an article, in the shape the store imports
 * (one mention of one day, counted as GDELT counted it).
 */
export type GdeltEvent = ImportedEvent;

import type { EventQuadClass } from '../../document/annotations.js';

/** One side of a GDELT event: the Actor1* or Actor2* columns, the empty ones left out. */
export interface GdeltActor {
  code: string | null;
  name: string | null;
  /** CAMEO country code. */
  country: string | null;
  knownGroup?: string;
  ethnic?: string;
  religion1?: string;
  religion2?: string;
  type1?: string;
  type2?: string;
  type3?: string;
}

/** A place of a GDELT event (ActionGeo_*, Actor1Geo_*, Actor2Geo_*), as the file gives it. */
export interface GdeltPlace {
  name: string;
  /** FIPS 10-4, as GDELT writes it. */
  country: string | null;
  lat: number | null;
  lon: number | null;
  /** 1 country, 2 US state, 3 US city, 4 world city, 5 world state. */
  type?: number;
  adm1Code?: string;
  adm2Code?: string;
  featureId?: string;
}

/**
 * One row of a GDELT 2.0 Event file as an event without an article, in the shape of the store's
 * imported events: one mention of one day, counted as GDELT counted it.
 */
export interface GdeltEvent {
  gdeltId: number;
  source: GdeltActor;
  target: GdeltActor;
  isRootEvent: boolean;
  code: string;
  baseCode: string;
  rootCode: string;
  quadClass: EventQuadClass;
  goldstein: number;
  numMentions: number;
  numSources: number;
  numArticles: number;
  tone: number | null;
  /** The event's day (GDELT's Day), ISO. */
  firstSeen: string | null;
  lastSeen: string | null;
  /** GDELT's DATEADDED as an ISO date-time in UTC. */
  dateAdded: string;
  place: GdeltPlace | null;
  sourcePlace?: GdeltPlace;
  targetPlace?: GdeltPlace;
  sourceUrl?: string;
}

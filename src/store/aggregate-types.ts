import type { EventQuadClass } from '../document/annotations.js';
import type { ArticleSummary, EventQuery, FacetCount } from './store.js';

/** Where an aggregate event comes from: folded from stored articles, or imported from a GDELT event file. */
export type AggregateOrigin = 'newsgraph' | 'gdelt';

/**
 * One side of an aggregate event, with every actor field of a GDELT event row (Actor1* / Actor2*).
 * Newsgraph fills `code`, `name` and `country`; an import keeps whatever the file gives.
 */
export interface AggregateActor {
  /** CAMEO actor code (`ISRGOV`); null when the side has none (an uncoded name, or no target). */
  code: string | null;
  name: string | null;
  /** CAMEO country code (ISO-3 in newsgraph). */
  country: string | null;
  knownGroup?: string;
  ethnic?: string;
  religion1?: string;
  religion2?: string;
  type1?: string;
  type2?: string;
  type3?: string;
}

/**
 * A place of an aggregate event (GDELT's ActionGeo, Actor1Geo, Actor2Geo). Newsgraph gives the
 * geocoded place of the event's sentence (ISO-3 country); an import keeps GDELT's fields as given
 * (FIPS country, ADM codes, feature id).
 */
export interface AggregatePlace {
  name: string;
  country: string | null;
  lat: number | null;
  lon: number | null;
  /** GDELT's geo type: 1 country, 2 US state, 3 US city, 4 world city, 5 world state. */
  type?: number;
  adm1Code?: string;
  adm2Code?: string;
  featureId?: string;
}

/** One coded event in one article: the aggregate's evidence. */
export interface MentionRef {
  articleId: string;
  /** Index into the article's `events`. */
  eventIndex: number;
}

/**
 * The same real-world event across articles, like a row of GDELT's Event table but kept up to
 * date: every mention with the same source and target actor keys, the same CAMEO root code, the
 * same place (or none), and dates chained within `FOLD_WINDOW_DAYS` (see docs/aggregate-events.md).
 */
export interface AggregateEvent {
  /** `ng-` and 20 random hex digits for a folded event; `gdelt-` and the GlobalEventID for an imported one. */
  id: string;
  origin: AggregateOrigin;
  /** GDELT's GlobalEventID, for an imported event. */
  gdeltId?: number;
  source: AggregateActor;
  target: AggregateActor;
  /** GDELT's IsRootEvent; newsgraph: true. */
  isRootEvent: boolean;
  /** The most frequent full CAMEO code of the mentions (ties: the lowest). */
  code: string;
  /** The first three digits of `code` (GDELT's EventBaseCode). */
  baseCode: string;
  rootCode: string;
  quadClass: EventQuadClass;
  /** Mean of the mentions' Goldstein values. */
  goldstein: number;
  numMentions: number;
  /** Distinct sources (case-insensitive). */
  numSources: number;
  numArticles: number;
  /** Mean tone score of the articles (GDELT's AvgTone); null when none has a tone. */
  tone: number | null;
  /** Earliest and latest date of the mentions (ISO); null for undated mentions. */
  firstSeen: string | null;
  lastSeen: string | null;
  /** When the aggregate was last changed (ISO date-time; GDELT's DATEADDED for an import). */
  dateAdded: string;
  /** Where it happened (GDELT's ActionGeo); null when no mention places it. */
  place: AggregatePlace | null;
  sourcePlace?: AggregatePlace;
  targetPlace?: AggregatePlace;
  /** The URL of a first article (GDELT's SOURCEURL). */
  sourceUrl?: string;
  /** The mentions folded into it, by date then article; empty for an import. */
  mentions: MentionRef[];
  /** The articles of those mentions, in first-mention order. */
  articleIds: string[];
}

/** What an imported event carries; the store fills `origin` and the id from `gdeltId`. */
export type ImportedEvent = Omit<AggregateEvent, 'id' | 'origin' | 'mentions' | 'articleIds' | 'gdeltId'> & {
  gdeltId: number;
};

export interface AggregateEventQuery extends Omit<EventQuery, 'source'> {
  origin?: AggregateOrigin;
}

/**
 * A page of aggregate events for reading them all (the gdelt export): the filters of
 * `AggregateEventQuery`, in id order from the id where the page before ended.
 */
export interface AggregateEventScan extends Omit<AggregateEventQuery, 'limit' | 'offset'> {
  /** The id of the last event of the page before; the first page without it. */
  after?: string;
  /** Most events in the page. */
  limit: number;
}

export interface AggregateEventList {
  /** Latest `lastSeen` first, undated last; then most mentions; then id. */
  events: AggregateEvent[];
  total: number;
}

/** Articles about one happening, grouped as they arrive (see docs/aggregate-events.md). */
export interface Story {
  /** The id its founding article was given. */
  id: string;
  /** The title of its earliest article. */
  title: string;
  /** Earliest and latest publication dates of its articles. */
  firstSeen: string | null;
  lastSeen: string | null;
  articles: number;
  /** The actor codes and places its articles share most, at most five each. */
  actors: FacetCount[];
  places: FacetCount[];
}

export interface StoryQuery {
  /** Inclusive ISO dates on the story's last article date. */
  from?: string;
  to?: string;
  /** Only stories with at least this many articles. */
  minArticles?: number;
  limit?: number;
  offset?: number;
}

export interface StoryList {
  /** Latest last article first, then most articles. */
  stories: Story[];
  total: number;
}

export interface StoryDetail {
  story: Story;
  /** Oldest first. */
  articles: ArticleSummary[];
}

import type { AnnotatedArticle, EventQuadClass, NewsEvent, Quote } from '../document/annotations.js';
import type { Article } from '../document/article.js';
import type { Span } from '../document/span.js';

/** What storing one article did: new, a new version of a stored one, or already there. */
export type PutStatus = 'added' | 'updated' | 'duplicate';

export interface PutOutcome {
  id: string;
  status: PutStatus;
}

export interface ArticleSummary {
  id: string;
  title: string;
  source: string;
  publishedAt: string;
  url: string;
}

export interface SearchQuery {
  /** Words (all must match), "quoted phrases", -excluded words, word* prefixes. */
  text: string;
  /** Inclusive ISO dates (`2018-06-01`). */
  from?: string;
  to?: string;
  /** Exact source name, case-insensitive. */
  source?: string;
  limit?: number;
  offset?: number;
}

export interface SearchHit {
  article: ArticleSummary;
  /** Higher is better. */
  score: number;
  /** A passage of the article around the matches. */
  snippet: string;
  /** The matched words, as spans into `snippet`. */
  highlights: Span[];
}

export interface SearchResult {
  hits: SearchHit[];
  /** Every article that matches. */
  total: number;
  /**
   * How many of them were ranked: all of them, or for a very common query the most recently
   * stored ones up to the store's limit, so that search time does not grow with the archive.
   */
  ranked: number;
}

export interface EventQuery {
  /**
   * A CAMEO actor code or its beginning, on either side of the event: `ISRGOV` matches ISRGOV and
   * ISRGOVMIL, `ISR` every Israeli code, `IGO` every international organisation. Capitals and digits.
   */
  actor?: string;
  /** ISO-3 country of either side's actor (`ISR`). */
  country?: string;
  /** The exact CAMEO event code (`036`). */
  code?: string;
  /** The two-digit CAMEO root (`04`). */
  root?: string;
  quad?: EventQuadClass;
  /** Inclusive ISO dates (`2018-06-01`) on the event's own date; events without a date never match. */
  from?: string;
  to?: string;
  /** Exact source name of the article, case-insensitive. */
  source?: string;
  limit?: number;
  offset?: number;
}

/** One stored event, with the article it comes from and the words that support it. */
export interface StoredEvent {
  article: ArticleSummary;
  event: NewsEvent;
  /** The text of the event's sentence: `text.slice(event.sentence.start, event.sentence.end)`. */
  evidence: string;
}

export interface EventList {
  /** Newest event date first; events without a date last; in text order within an article. */
  events: StoredEvent[];
  /** Every event that matches. */
  total: number;
}

export interface ActorQuery {
  /** ISO-3 country of the actor's code (`RUS`). */
  country?: string;
  /** Words that one of the actor's names contains, ignoring case and accents. */
  name?: string;
  limit?: number;
  offset?: number;
}

/**
 * One actor across every stored article: all the actors with one CAMEO code, or, for actors
 * without a code, all those with one name (ignoring case and accents).
 */
export interface ActorSummary {
  code: string | null;
  /** The names it goes by, most mentioned first. */
  names: string[];
  country: string | null;
  roles: string[];
  /** Articles that mention it. */
  articles: number;
  /** Its mentions in them. */
  mentions: number;
  /** Stored events with it as the source, and as the target. */
  eventsAsSource: number;
  eventsAsTarget: number;
}

export interface ActorList {
  /** Most articles first, then most mentions. */
  actors: ActorSummary[];
  /** Every actor that matches. */
  total: number;
}

export interface QuoteQuery {
  /**
   * Words contained in the speaker's name or in the words that name or describe them in the text
   * ("netanyahu" finds a quote of "he", "official" one of "a senior official"), ignoring case and accents.
   */
  speaker?: string;
  /** A CAMEO code or its beginning, of the actor the speaker resolves to (`ISRGOV`, `RUS`). */
  actor?: string;
  /** Inclusive ISO dates (`2018-06-01`) on the article's publication date; undated articles never match. */
  from?: string;
  to?: string;
  /** Exact source name of the article, case-insensitive. */
  source?: string;
  limit?: number;
  offset?: number;
}

/** One stored quotation, with the article it comes from and the actor its speaker resolves to. */
export interface StoredQuote {
  article: ArticleSummary;
  /** As the analysis found it: `text` is the article's text at `start`-`end`. */
  quote: Quote;
  /** The name of the speaker's actor ("Benjamin Netanyahu" for a speaker "he"); null when there is none. */
  speakerName: string | null;
  /** That actor's CAMEO code on the article's date; null when there is no actor or it has no code. */
  speakerCode: string | null;
}

export interface QuoteList {
  /** Newest article first; undated articles last; in text order within an article. */
  quotes: StoredQuote[];
  /** Every quote that matches. */
  total: number;
}

export interface PlaceQuery {
  /** ISO-3 country of the place (`SYR`). */
  country?: string;
  limit?: number;
  offset?: number;
}

/**
 * One place across every stored article: all the places with one GeoNames id, or, for places
 * without one, all those with one name (ignoring case and accents) in one country.
 */
export interface PlaceSummary {
  name: string;
  /** ISO-3. */
  country: string;
  lat: number;
  lon: number;
  /** GeoNames feature class: `A` country or region, `P` city or village, ... */
  featureClass: string;
  geonameId: number | null;
  /** Articles that mention it. */
  articles: number;
  /** Its mentions in them. */
  mentions: number;
}

export interface PlaceList {
  /** Most articles first, then most mentions. */
  places: PlaceSummary[];
  /** Every place that matches. */
  total: number;
}

/** What newsgraph remembers of a URL it fetched (a feed, or a page), for conditional GET. */
export interface FetchState {
  url: string;
  etag?: string;
  lastModified?: string;
  /** When it was last fetched (ISO date-time). */
  fetchedAt: string;
  /** Why the last fetch failed, when it did. */
  error?: string;
}

/** An item of a feed that has been dealt with: stored as an article, or given up on. */
export interface SeenFeedItem {
  id: string;
  articleId?: string;
  error?: string;
}

/**
 * Where articles and their annotations live. Every implementation passes the same contract
 * suite (`store.contract.ts`).
 */
export interface Store {
  /**
   * Stores a batch in one transaction: all of it or none of it. Storing the same article
   * twice keeps one; a changed version of a stored article (same URL, or same source, title
   * and date) replaces it.
   */
  putArticles(articles: readonly (Article | AnnotatedArticle)[]): Promise<PutOutcome[]>;
  /** One article by its id or an unambiguous prefix of it (at least 4 characters). */
  getArticle(idOrPrefix: string): Promise<AnnotatedArticle | undefined>;
  /** Ranked full-text search over title, lede and body, with filters. */
  search(query: SearchQuery): Promise<SearchResult>;
  /** The events of stored articles, with filters; an article's events are replaced with it. */
  listEvents(query: EventQuery): Promise<EventList>;
  /** The actors of stored articles, brought together by code (or by name when they have none). */
  listActors(query: ActorQuery): Promise<ActorList>;
  /** The quotations of stored articles, with filters; an article's quotes are replaced with it. */
  listQuotes(query: QuoteQuery): Promise<QuoteList>;
  /** The places of stored articles, brought together by GeoNames id (or by name and country). */
  listPlaces(query: PlaceQuery): Promise<PlaceList>;
  countArticles(): Promise<number>;
  /** What was remembered of the last fetch of `url`. */
  getFetchState(url: string): Promise<FetchState | undefined>;
  /**
   * Records a fetch of `url` and, for a feed, the items it has now dealt with, in one
   * transaction: a watcher that stops between two feeds fetches nothing twice when it restarts.
   */
  putFetchState(state: FetchState, items?: readonly SeenFeedItem[]): Promise<void>;
  /** Of these ids of a feed's items, those not dealt with yet, in the order given. */
  unseenFeedItems(feedUrl: string, ids: readonly string[]): Promise<string[]>;
  close(): Promise<void>;
}

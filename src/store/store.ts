import type { AnnotatedArticle, EventQuadClass, NewsEvent, Quote } from '../document/annotations.js';
import type { Article } from '../document/article.js';
import type { Span } from '../document/span.js';
import type {
  AggregateEvent,
  AggregateEventList,
  AggregateEventQuery,
  AggregateEventScan,
  ImportedEvent,
  Story,
  StoryDetail,
  StoryList,
  StoryQuery,
} from './aggregate-types.js';

export type * from './aggregate-types.js';

/** What storing one article did: new, a new version of a stored one, or already there. */
export type PutStatus = 'added' | 'updated' | 'duplicate';

export interface PutOutcome {
  id: string;
  status: PutStatus;
}

/** What writing one article's analysis did: annotated the stored article, or nothing, as it is gone. */
export type AnnotationStatus = 'annotated' | 'missing';

export interface AnnotationOutcome {
  id: string;
  status: AnnotationStatus;
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
  /** Whether articles marked as copies of earlier ones match (`include`, the default) or not. */
  copies?: CopiesFilter;
  limit?: number;
  offset?: number;
}

/**
 * Near-duplicates in a list: `include` every article, `exclude` those a store marked as copies of
 * an earlier article (`AnnotatedArticle.copyOf`), keeping the originals.
 */
export type CopiesFilter = 'include' | 'exclude';

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

/**
 * What the article browser filters on: search words or none (newest first), the article's
 * publication date and source, and what its annotations hold.
 */
export interface ArticleQuery {
  /** Search words as `SearchQuery.text` takes them; without them, newest articles first. */
  text?: string;
  /** Inclusive ISO dates (`2018-06-01`) on the publication date; undated articles never match. */
  from?: string;
  to?: string;
  /** Exact source name, case-insensitive. */
  source?: string;
  /** One of the article's actors has this CAMEO code or a code that begins with it. */
  actor?: string;
  /** One of the article's actors is of this ISO-3 country. */
  country?: string;
  /** One of the article's events has this CAMEO root code (`04`). */
  root?: string;
  /** One of the article's events is of this QuadClass. */
  quad?: EventQuadClass;
  /** As `SearchQuery.copies`. */
  copies?: CopiesFilter;
  limit?: number;
  offset?: number;
}

/**
 * A page of the stored articles that match, for reading them all (an export): the article filters
 * of `ArticleQuery`, meaning what they mean there, and where the page before ended.
 */
export interface ArticleScan extends Pick<ArticleQuery, 'from' | 'to' | 'source' | 'actor'> {
  /** The `next` of the page before; the first page without it. */
  after?: number;
  /** Most articles in the page. */
  limit: number;
}

export interface ArticleScanPage<Item> {
  /** In the order the articles were stored. */
  articles: Item[];
  /** Where the next page begins (`ArticleScan.after`); undefined when this page is the last. */
  next?: number;
}

/** An article of a page of the browser: a search hit, or with no words an article with its lede. */
export interface ArticleHit {
  article: ArticleSummary;
  /** Higher is better; null without search words. */
  score: number | null;
  /** A passage around the matches, or the beginning of the lede (or body) without search words. */
  snippet: string;
  /** The matched words, as spans into `snippet`. */
  highlights: Span[];
}

/** A value of a facet and how many of the counted articles have it. */
export interface FacetCount {
  value: string;
  count: number;
}

/**
 * What the counted articles hold, each list most frequent first (dates in date order). The
 * facets count at most `FACET_SAMPLE` articles: the first ones in the page's order.
 */
export interface ArticleFacets {
  /** How many articles the facets count. */
  counted: number;
  /** `day` (`2018-06-17`) when the counted dates span up to 62 days, else `month` (`2018-06`). */
  interval: 'day' | 'month';
  dates: FacetCount[];
  sources: FacetCount[];
  /** By CAMEO code, with the name it goes by most often in them. */
  actors: (FacetCount & { name: string })[];
  /** ISO-3 countries of the articles' actors. */
  countries: FacetCount[];
  /** CAMEO root codes of the articles' events (`04`). */
  roots: FacetCount[];
  /** QuadClasses of the articles' events (`1` to `4`). */
  quads: FacetCount[];
}

export interface ArticlePage {
  /** Best match first with search words (among the `ranked` most recently stored), else newest first. */
  articles: ArticleHit[];
  /** Every article that matches. */
  total: number;
  /** How many of them were ranked (see `SearchResult.ranked`); `total` without search words. */
  ranked: number;
  facets: ArticleFacets;
}

/** Most articles a facet counts; counting them all would grow with the archive. */
export const FACET_SAMPLE = 1000;

/** Events per day of a timeline: by QuadClass, and the mean Goldstein value of the day. */
export interface TimelineDay {
  /** ISO date. */
  date: string;
  events: number;
  verbalCooperation: number;
  materialCooperation: number;
  verbalConflict: number;
  materialConflict: number;
  /** -10 (most conflictual) to +10 (most cooperative). */
  goldsteinMean: number;
}

export interface Timeline {
  /** Dated events only, oldest day first; days without events are left out. */
  days: TimelineDay[];
}

export interface NetworkQuery extends EventQuery {
  /** The actors in most events, at most this many (default 50). */
  nodes?: number;
}

/** An actor of the network: a CAMEO code, or `name:` and the folded name of an actor without one. */
export interface NetworkNode {
  id: string;
  code: string | null;
  /** The name it goes by most often. */
  name: string;
  /** Events with it on either side, among those that match. */
  events: number;
}

/** The events from one actor to another (directed), with their mean Goldstein value. */
export interface NetworkEdge {
  source: string;
  target: string;
  events: number;
  goldsteinMean: number;
}

export interface Network {
  /** Most events first. */
  nodes: NetworkNode[];
  /** Only between the nodes; most events first. */
  edges: NetworkEdge[];
}

/** The events that happened at one place (as geocoded in their sentence). */
export interface EventPoint {
  name: string;
  /** ISO-3, or empty. */
  country: string;
  lat: number;
  lon: number;
  events: number;
  goldsteinMean: number;
}

export interface MapQuery extends EventQuery {
  /** At most this many event points and this many places (default 500). */
  limit?: number;
}

export interface EventMap {
  /** Places where the matching events happened, most events first. */
  events: EventPoint[];
  /**
   * Places named by the articles that match the date range, source and country (of the place),
   * most articles first; the other filters do not apply to them.
   */
  places: PlaceSummary[];
}

export interface SourceQuery {
  limit?: number;
  offset?: number;
}

export interface SourceSummary {
  name: string;
  articles: number;
  /** The earliest and latest publication dates of its dated articles; null when it has none. */
  firstPublishedAt: string | null;
  lastPublishedAt: string | null;
}

export interface SourceList {
  /** Most articles first. */
  sources: SourceSummary[];
  total: number;
}

/** Events of an actor in one month, as the source and as the target. */
export interface ActorMonth {
  /** `YYYY-MM`. */
  month: string;
  asSource: number;
  asTarget: number;
}

/** An actor that appears in the same articles as another. */
export interface CoActor {
  /** A CAMEO code, or `name:` and the folded name (see `NetworkNode.id`). */
  id: string;
  code: string | null;
  name: string;
  /** Articles that mention both. */
  articles: number;
}

export interface ActorProfile {
  actor: ActorSummary;
  /** Its dated events, oldest month first. */
  months: ActorMonth[];
  /** The actors in most articles with it (at most 20), most first. */
  coActors: CoActor[];
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

/** A seen item of a feed as stored: when it was dealt with. */
export interface StoredFeedItem extends SeenFeedItem {
  /** The `fetchedAt` of the fetch that dealt with it. */
  seenAt: string;
}

/** The fetch state of a URL with the items of it (a feed) dealt with so far. */
export interface StoredFetchState extends FetchState {
  /** By id. */
  items: StoredFeedItem[];
}

/**
 * Where articles and their annotations live. Every implementation passes the same contract
 * suite (`store.contract.ts`).
 */
export interface Store {
  /**
   * Stores a batch in one transaction: all of it or none of it. Storing the same article
   * twice keeps one; a changed version of a stored article (same URL, or same source, title
   * and date) replaces it. An article with a `minhash` signature whose body is at least 0.8
   * similar (estimated Jaccard) to that of an article stored before it is marked as its copy;
   * storing it again unchanged keeps what it was, and a new version is compared again.
   */
  putArticles(articles: readonly (Article | AnnotatedArticle)[]): Promise<PutOutcome[]>;
  /**
   * Writes the analysis of stored articles in one transaction, as `putArticles` writes it for an
   * article stored already (its layers, aggregate events, story and near-duplicates): each onto the
   * article stored under its key with its id, or nowhere (`missing`) when that article is no longer
   * stored. It never stores an article, so an analysis that outlived its article (replaced by a new
   * version meanwhile) cannot bring the old version back.
   */
  putAnnotations(articles: readonly AnnotatedArticle[]): Promise<AnnotationOutcome[]>;
  /**
   * One article by its id or an unambiguous prefix of it (at least 4 characters), with the earlier
   * article it copies (`copyOf`) and the later ones that copy it (`copies`) when there are some.
   */
  getArticle(idOrPrefix: string): Promise<AnnotatedArticle | undefined>;
  /**
   * Up to `limit` stored articles whose ids come after `afterId` (from the first without it), in
   * id order (byte order of the lower-case hex ids), each as `getArticle` gives it: for reading a
   * whole store page by page.
   */
  listArticlesAfter(afterId: string | undefined, limit: number): Promise<AnnotatedArticle[]>;
  /**
   * A page of the stored articles that match, as `listArticlesAfter` gives them, in the order they
   * were stored: a new version of an article keeps the place of the one it replaced in SQLite, and
   * is stored anew at the end in PostgreSQL. Each page is read by where the one before ended, so
   * reading a whole store costs the same for its last page as for its first.
   */
  scanArticles(scan: ArticleScan): Promise<ArticleScanPage<AnnotatedArticle>>;
  /**
   * The same page as `scanArticles`, each article as its annotated-article JSON in UTF-8: the
   * bytes of `JSON.stringify(toAnnotatedJson(article))`, which a store may make without building
   * the article (the jsonl export).
   */
  scanArticleJson(scan: ArticleScan): Promise<ArticleScanPage<Uint8Array>>;
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
  /**
   * Articles that match, searched or newest first, with counts of what they hold (see
   * `ArticleFacets`).
   */
  browseArticles(query: ArticleQuery): Promise<ArticlePage>;
  /** Events per day by QuadClass, and their mean Goldstein value. */
  eventTimeline(query: EventQuery): Promise<Timeline>;
  /** Actors as nodes and the events between them as directed, weighted edges. */
  actorNetwork(query: NetworkQuery): Promise<Network>;
  /** The places of the matching events, and the places the articles name. */
  eventMap(query: MapQuery): Promise<EventMap>;
  /** The sources of stored articles, with counts and dates. */
  listSources(query: SourceQuery): Promise<SourceList>;
  /**
   * One actor by its CAMEO code (exact), or `name:` and the folded name of an actor without one;
   * undefined when no stored article has it.
   */
  getActorProfile(id: string): Promise<ActorProfile | undefined>;
  countArticles(): Promise<number>;
  /**
   * The same real event across articles (folded by `putArticles` in its transaction) and events
   * imported from GDELT, with the event filters and `origin`.
   */
  listAggregateEvents(query: AggregateEventQuery): Promise<AggregateEventList>;
  /**
   * A page of the aggregate events that match, in id order (byte order), each as
   * `listAggregateEvents` gives it: for reading them all, a page costing the same wherever it begins.
   */
  scanAggregateEvents(scan: AggregateEventScan): Promise<AggregateEvent[]>;
  /** Stores GDELT events; the same GlobalEventID again replaces the stored one. Returns how many. */
  putImportedEvents(events: readonly ImportedEvent[]): Promise<number>;
  /** Stories (articles about one happening), latest first. */
  listStories(query: StoryQuery): Promise<StoryList>;
  getStory(id: string): Promise<StoryDetail | undefined>;
  /** The story an analysed article belongs to, by the article's full id. */
  getArticleStory(articleId: string): Promise<Story | undefined>;
  /** What was remembered of the last fetch of `url`. */
  getFetchState(url: string): Promise<FetchState | undefined>;
  /**
   * Records a fetch of `url` and, for a feed, the items it has now dealt with, in one
   * transaction: a watcher that stops between two feeds fetches nothing twice when it restarts.
   */
  putFetchState(state: FetchState, items?: readonly SeenFeedItem[]): Promise<void>;
  /** Every remembered fetch, by URL (byte order), with the feed items it has dealt with. */
  listFetchStates(): Promise<StoredFetchState[]>;
  /** Of these ids of a feed's items, those not dealt with yet, in the order given. */
  unseenFeedItems(feedUrl: string, ids: readonly string[]): Promise<string[]>;
  close(): Promise<void>;
}

/**
 * The JSON the HTTP API answers with, as the dashboard reads it. The annotated article is the
 * public data contract of DESIGN.md; every span is `{start, end}`, half-open, in UTF-16 code
 * units of the article's `text`, so `text.slice(start, end)` is the evidence.
 */
export interface Span {
  start: number;
  end: number;
}

export type TextSpan = Span & { text: string };

export type EntityType = 'PERSON' | 'ORG' | 'LOCATION' | 'NORP' | 'EVENT' | 'MISC';

export interface EntityMention extends TextSpan {
  type: EntityType;
  actorId?: string;
}

export interface Actor {
  id: string;
  name: string;
  code: string | null;
  country: string | null;
  roles: string[];
  mentions: Span[];
}

export interface EventParticipant extends TextSpan {
  actorId: string | null;
  code: string | null;
}

export type QuadClass = 1 | 2 | 3 | 4;

export interface NewsEvent {
  id: string;
  source: EventParticipant;
  target: EventParticipant;
  code: string;
  rootCode: string;
  quadClass: QuadClass;
  goldstein: number;
  verb: TextSpan;
  sentence: Span;
  negated: boolean;
  hypothetical: boolean;
  date: string;
  dateText?: TextSpan;
  place?: TextSpan & { country?: string; lat?: number; lon?: number };
  confidence: number;
}

export interface Quote extends TextSpan {
  direct: boolean;
  cue?: TextSpan;
  speaker?: TextSpan & { actorId: string | null };
}

export interface Place {
  name: string;
  country: string;
  lat: number;
  lon: number;
  featureClass: string;
  geonameId?: number;
  mentions: Span[];
}

export interface Tone {
  score: number;
  positive: number;
  negative: number;
  polarity: number;
  wordCount: number;
}

export interface Diagnostic {
  severity: 'error' | 'warning' | 'info';
  code: string;
  message: string;
  span?: Span;
}

/** `GET /api/articles/:id`: one article with every layer its analysis produced. */
export interface AnnotatedArticle {
  id: string;
  title: string;
  lede: string;
  image: string;
  source: string;
  url: string;
  language: string;
  authors: string[];
  publishedAt: string;
  text: string;
  paragraphs: (Span & { kind: 'title' | 'lede' | 'body' })[];
  sentences?: Span[];
  entities?: EntityMention[];
  actors?: Actor[];
  events?: NewsEvent[];
  quotes?: Quote[];
  places?: Place[];
  tone?: Tone;
  diagnostics: Diagnostic[];
}

export interface ArticleSummary {
  id: string;
  title: string;
  source: string;
  publishedAt: string;
  url: string;
}

export interface ArticleHit {
  article: ArticleSummary;
  score: number | null;
  snippet: string;
  /** The matched words, as spans into `snippet`. */
  highlights: Span[];
}

export interface FacetCount {
  value: string;
  count: number;
}

export interface ArticleFacets {
  counted: number;
  interval: 'day' | 'month';
  dates: FacetCount[];
  sources: FacetCount[];
  actors: (FacetCount & { name: string })[];
  countries: FacetCount[];
  roots: FacetCount[];
  quads: FacetCount[];
}

/** `GET /api/articles?q=&from=&to=&source=&actor=&country=&root=&quad=&limit=&offset=` */
export interface ArticlePage {
  articles: ArticleHit[];
  total: number;
  ranked: number;
  facets: ArticleFacets;
}

export interface StoredEvent {
  article: ArticleSummary;
  event: NewsEvent;
  evidence: string;
}

/** `GET /api/events` */
export interface EventList {
  events: StoredEvent[];
  total: number;
}

/** One side of an aggregate event. */
export interface AggregateActor {
  code: string | null;
  name: string | null;
  country: string | null;
}

/** The same real event across articles (`newsgraph`), or an event imported from GDELT (`gdelt`). */
export interface AggregateEvent {
  id: string;
  origin: 'newsgraph' | 'gdelt';
  gdeltId?: number;
  source: AggregateActor;
  target: AggregateActor;
  code: string;
  rootCode: string;
  quadClass: QuadClass;
  goldstein: number;
  numMentions: number;
  numSources: number;
  numArticles: number;
  tone: number | null;
  firstSeen: string | null;
  lastSeen: string | null;
  place: { name: string; country: string | null; lat: number | null; lon: number | null } | null;
  sourceUrl?: string;
  articleIds: string[];
}

/** `GET /api/aggregate-events` */
export interface AggregateEventList {
  events: AggregateEvent[];
  total: number;
}

export interface TimelineDay {
  date: string;
  events: number;
  verbalCooperation: number;
  materialCooperation: number;
  verbalConflict: number;
  materialConflict: number;
  goldsteinMean: number;
}

/** `GET /api/timeline` */
export interface Timeline {
  days: TimelineDay[];
}

export interface NetworkNode {
  id: string;
  code: string | null;
  name: string;
  events: number;
}

export interface NetworkEdge {
  source: string;
  target: string;
  events: number;
  goldsteinMean: number;
}

/** `GET /api/network` */
export interface Network {
  nodes: NetworkNode[];
  edges: NetworkEdge[];
}

export interface EventPoint {
  name: string;
  country: string;
  lat: number;
  lon: number;
  events: number;
  goldsteinMean: number;
}

export interface PlaceSummary {
  name: string;
  country: string;
  lat: number;
  lon: number;
  featureClass: string;
  geonameId: number | null;
  articles: number;
  mentions: number;
}

/** `GET /api/map` */
export interface EventMap {
  events: EventPoint[];
  places: PlaceSummary[];
}

export interface SourceSummary {
  name: string;
  articles: number;
  firstPublishedAt: string | null;
  lastPublishedAt: string | null;
}

/** `GET /api/sources` */
export interface SourceList {
  sources: SourceSummary[];
  total: number;
}

export interface ActorSummary {
  code: string | null;
  names: string[];
  country: string | null;
  roles: string[];
  articles: number;
  mentions: number;
  eventsAsSource: number;
  eventsAsTarget: number;
}

export interface ActorMonth {
  month: string;
  asSource: number;
  asTarget: number;
}

export interface CoActor {
  id: string;
  code: string | null;
  name: string;
  articles: number;
}

/** `GET /api/actors/:code` (a CAMEO code, or `name:` and the folded name of an actor without one). */
export interface ActorProfile {
  actor: ActorSummary;
  months: ActorMonth[];
  coActors: CoActor[];
  quotes: StoredQuote[];
}

export interface StoredQuote {
  article: ArticleSummary;
  quote: Quote;
  speakerName: string | null;
  speakerCode: string | null;
}

/** `GET /api/quotes` */
export interface QuoteList {
  quotes: StoredQuote[];
  total: number;
}

import type { Article } from './article.js';
import type { Span } from './span.js';

/** One token: its span, its universal part-of-speech tag and its lemma. */
export interface Token extends Span {
  pos: string;
  lemma: string;
}

export type EntityType = 'PERSON' | 'ORG' | 'LOCATION' | 'NORP' | 'EVENT' | 'MISC';

/** A name in the text: a person, organisation, place, nationality or group, event, or other. */
export interface EntityMention extends Span {
  text: string;
  type: EntityType;
  /** The actor this mention refers to, once actors are resolved. */
  actorId?: string;
}

/** One mention in a coreference chain: a name, a description ("the prime minister") or a pronoun. */
export interface ChainMention extends Span {
  text: string;
  kind: 'name' | 'description' | 'pronoun';
}

/** The mentions of one person, organisation or place within an article, in text order. */
export interface CorefChain {
  id: string;
  /** The fullest name the article gives it ("Benjamin Netanyahu" over "Netanyahu"). */
  name: string;
  type: EntityType;
  mentions: ChainMention[];
}

/**
 * A person, organisation or country-as-government of the article, one per coreference chain, with
 * its CAMEO code on the article's date (`ISRGOV`, `RUSMIL`, `IGOUNO`, `SYR`). `code` is null when
 * it is unknown: a name without a code rather than a wrong code. `country` is the code's ISO-3
 * part (null for international codes such as IGO and NGO); `roles` its role parts (`GOV`, `MIL`).
 */
export interface Actor {
  /** `actor-N`, numbered in order of first mention. */
  id: string;
  name: string;
  code: string | null;
  country: string | null;
  roles: string[];
  /** The spans of its chain's mentions, in text order. */
  mentions: Span[];
}

/** One side of an event: the words that name it, and the actor they refer to when there is one. */
export interface EventParticipant extends Span {
  text: string;
  /** The article's actor (`actor-N`) these words are a mention of; null for words no chain holds. */
  actorId: string | null;
  /** The CAMEO actor code on the article's date; null when unknown. */
  code: string | null;
}

/** 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
export type EventQuadClass = 1 | 2 | 3 | 4;

/**
 * Who did what to whom: one CAMEO-coded event of a sentence, with the words that support it.
 * `code` is 2 to 4 digits (`036`, `0311`), `rootCode` its first two. `date` is the day the text
 * says it happened (`on Friday` resolved against the publication date), else the publication day.
 */
export interface NewsEvent {
  /** `event-N`, numbered in text order. */
  id: string;
  source: EventParticipant;
  target: EventParticipant;
  code: string;
  rootCode: string;
  quadClass: EventQuadClass;
  goldstein: number;
  /** The verb (or verb phrase) that carries the event. */
  verb: Span & { text: string };
  sentence: Span;
  /** Said not to happen ("did not attack"): kept, and flagged. */
  negated: boolean;
  /** Under a condition or a supposition ("If Iran attacks", "could attack"). */
  hypothetical: boolean;
  /** ISO date `YYYY-MM-DD`, or empty when the article has no date and the text gives none. */
  date: string;
  /** The words the date was resolved from ("on Friday"), when the text gives one. */
  dateText?: Span & { text: string };
  /** Where it happened, from the sentence ("in Jerusalem"), when it says. */
  place?: Span & {
    text: string;
    /** The place on the map, from the places layer, when it was geocoded. */
    country?: string;
    lat?: number;
    lon?: number;
  };
  /** 0 to 1: how sure the coder is of this reading. */
  confidence: number;
}

/** Words of the text with their evidence span. */
export type TextSpan = Span & { text: string };

/**
 * A quotation: direct (the quoted words, marks excluded) or indirect (the reported clause of
 * "said that…", "according to…"), with the verb or phrase that introduces it and its speaker,
 * resolved through the coreference chains to an actor when there is one. A speaker the text only
 * describes ("a senior official") keeps its words and no actor; an unknown speaker is absent.
 */
export interface Quote extends Span {
  text: string;
  direct: boolean;
  /** "said", "told reporters", "according to", or the colon of "Netanyahu: …". */
  cue?: TextSpan;
  speaker?: TextSpan & { actorId: string | null };
}

/** A place of the article on the map, with every mention of it. */
export interface Place {
  /** The gazetteer's name ("Jerusalem"). */
  name: string;
  /** ISO 3166-1 alpha-3 (`ISR`); empty for a place of no one country (a continent, a sea, Kashmir). */
  country: string;
  lat: number;
  lon: number;
  /** GeoNames feature class: `A` a country or region, `P` a city or village, `L` an area, `T` a mountain... */
  featureClass: string;
  geonameId?: number;
  mentions: Span[];
}

/** GDELT-style tone: percentages of positive and negative words, and their difference. */
export interface Tone {
  /** positive - negative, in percentage points. */
  score: number;
  positive: number;
  negative: number;
  /** positive + negative: how charged the text is. */
  polarity: number;
  wordCount: number;
}

/** The layers that stages add to an article, each a list of spans into its text. */
export interface Annotations {
  sentences: Span[];
  tokens: Token[];
  entities: EntityMention[];
  chains: CorefChain[];
  actors: Actor[];
  events: NewsEvent[];
  quotes: Quote[];
  places: Place[];
  tone: Tone;
  /**
   * The MinHash signature of the body's 4-word shingles (see src/stages/duplicates/): base64 of
   * 32-bit values, empty when the body is shorter than one shingle. Internal, like tokens.
   */
  minhash: string;
}

/** What an article has before any stage runs. */
export type BaseLayer = 'text' | 'paragraphs';

export type LayerName = BaseLayer | keyof Annotations;

/** Which stage produced what, and how long it took (provenance for every layer). */
export interface StageRun {
  name: string;
  version: string;
  status: 'ok' | 'failed' | 'skipped';
  ms: number;
}

/**
 * An earlier stored article this one copies, and the estimated Jaccard similarity of their bodies
 * (0.8 to 1). A fact of the store, not of the analysis: it depends on what was stored before.
 */
export interface CopyOf {
  id: string;
  similarity: number;
}

export type AnnotatedArticle = Article &
  Partial<Annotations> & {
    stages: StageRun[];
    /** Set by a store that found an earlier copy (`getArticle`). */
    copyOf?: CopyOf;
    /** Later stored articles that copy this one (as `copyOf` names them), the first 100 in storing order. */
    copies?: CopyOf[];
  };

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

/** The layers that stages add to an article, each a list of spans into its text. */
export interface Annotations {
  sentences: Span[];
  tokens: Token[];
  entities: EntityMention[];
  chains: CorefChain[];
  actors: Actor[];
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

export type AnnotatedArticle = Article & Partial<Annotations> & { stages: StageRun[] };

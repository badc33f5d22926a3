import type { AnnotatedArticle } from '../document/annotations.js';
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
  countArticles(): Promise<number>;
  close(): Promise<void>;
}

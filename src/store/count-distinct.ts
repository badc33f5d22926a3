import type { FacetCount } from './store.js';

/**
 * Counts, for each value, the distinct articles that hold it: `add` each (value, article) pair as
 * the rows come, in any order; `top` gives the most held first, ties by value as SQL's BINARY
 * collation orders them.
 */
export class DistinctCounts {
  readonly #articles = new Map<string, Set<number | string>>();

  add(value: string | null | undefined, article: number | string): void {
    if (value === null || value === undefined) return;
    let articles = this.#articles.get(value);
    if (!articles) {
      articles = new Set();
      this.#articles.set(value, articles);
    }
    articles.add(article);
  }

  top(limit: number): FacetCount[] {
    return [...this.#articles]
      .map(([value, articles]) => ({ value, count: articles.size }))
      .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0))
      .slice(0, limit);
  }
}

import { z } from 'zod';
import type { AnnotatedArticle } from '../document/annotations.js';
import type { Store } from '../store/store.js';
import { parseQuery } from './parse-query.js';
import { actorCode, isDateRange, isoDate } from './query-fields.js';

export const exportFilterSchema = z
  .object({
    from: isoDate.optional(),
    to: isoDate.optional(),
    source: z.string().trim().min(1, 'expected a source name').optional(),
    actor: actorCode.optional(),
  })
  .refine(isDateRange, { message: '"from" is after "to"', path: ['from'] });

/** What a shell may pass: strings, as typed on a command line. */
export type ExportFilters = z.input<typeof exportFilterSchema>;
export type ExportFilter = z.output<typeof exportFilterSchema>;

/**
 * Articles per page read from the store. Measured with analysed articles (about 12 kB each as
 * jsonl): 100 a page peaked at 220 MB for 5,000 articles and 252 MB for 20,000, 500 a page at
 * 346 MB and 422 MB, at about the same rate.
 */
export const EXPORT_PAGE_SIZE = 100;

export function parseExportFilters(filters: ExportFilters): ExportFilter {
  return parseQuery('export', exportFilterSchema, filters);
}

/**
 * The stored articles that match, page by page in id order, read with `listArticlesAfter` so that
 * memory holds one page whatever the size of the store. Dates (`from`, `to`, inclusive) are the
 * publication day, and an undated article never matches them; `source` is exact, ignoring case;
 * `actor` is a CAMEO code or its beginning that one of the article's actors has.
 */
export async function* readArticlePages(
  store: Store,
  filter: ExportFilter,
  pageSize = EXPORT_PAGE_SIZE,
): AsyncGenerator<AnnotatedArticle[]> {
  const matches = articleMatcher(filter);
  let after: string | undefined;
  for (;;) {
    const page = await store.listArticlesAfter(after, pageSize);
    if (page.length === 0) return;
    after = page.at(-1)?.id;
    const kept = page.filter(matches);
    if (kept.length > 0) yield kept;
    if (page.length < pageSize) return;
  }
}

/** Whether an article passes the filter. */
export function articleMatcher(filter: ExportFilter): (article: AnnotatedArticle) => boolean {
  const source = filter.source?.toLowerCase();
  return (article) => {
    const day = article.publishedAt.slice(0, 10);
    if ((filter.from || filter.to) && !day) return false;
    if (filter.from && day < filter.from) return false;
    if (filter.to && day > filter.to) return false;
    if (source !== undefined && article.source.toLowerCase() !== source) return false;
    if (filter.actor) {
      const prefix = filter.actor;
      if (!article.actors?.some((actor) => actor.code?.startsWith(prefix))) return false;
    }
    return true;
  };
}

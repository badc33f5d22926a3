import { z } from 'zod';
import type { AnnotatedArticle } from '../document/annotations.js';
import type { ArticleScan, ArticleScanPage, Store } from '../store/store.js';
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
 * The stored articles that match, page by page in the order they were stored, so that memory
 * holds one page whatever the size of the store. Dates (`from`, `to`, inclusive) are the
 * publication day, and an undated article never matches them; `source` is exact, ignoring case;
 * `actor` is a CAMEO code or its beginning that one of the article's actors has. The store applies
 * them as its article browser does.
 */
export function readArticlePages(
  store: Store,
  filter: ExportFilter,
  pageSize = EXPORT_PAGE_SIZE,
): AsyncGenerator<AnnotatedArticle[]> {
  return scanPages((scan) => store.scanArticles(scan), filter, pageSize);
}

/** The same pages as `readArticlePages`, each article as its annotated-article JSON in UTF-8. */
export function readArticleJsonPages(
  store: Store,
  filter: ExportFilter,
  pageSize = EXPORT_PAGE_SIZE,
): AsyncGenerator<Uint8Array[]> {
  return scanPages((scan) => store.scanArticleJson(scan), filter, pageSize);
}

async function* scanPages<Item>(
  scan: (scan: ArticleScan) => Promise<ArticleScanPage<Item>>,
  filter: ExportFilter,
  limit: number,
): AsyncGenerator<Item[]> {
  let after: number | undefined;
  do {
    const page = await scan({ ...filter, after, limit });
    if (page.articles.length > 0) yield page.articles;
    after = page.next;
  } while (after !== undefined);
}

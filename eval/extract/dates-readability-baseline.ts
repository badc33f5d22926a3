import { Readability } from '@mozilla/readability';
import { parseHtml } from '../../src/ingest/html/parse-html.js';

/**
 * The date a reader gets from Readability 0.6 on linkedom: `parse().publishedTime`, which it reads
 * from JSON-LD and a few meta tags. The baseline the metadata reader's dates are compared with.
 */
export function readabilityPublishedTime(html: string): string | undefined {
  return new Readability(parseHtml(html)).parse()?.publishedTime ?? undefined;
}

import { extractMainText } from '../../src/ingest/html/main-text/extract-main-text.js';
import { parseHtml } from '../../src/ingest/html/parse-html.js';
import { readabilityJsdom, readabilityLinkedom } from './readability-baselines.js';

/** An extractor under evaluation: a page's HTML (and URL, when known) to main-text paragraphs. */
export type ExtractParagraphs = (html: string, url?: string) => string[];

/** newsgraph's extractor, timed as it runs in the pipeline: parsing included. */
export const extractNewsgraph: ExtractParagraphs = (html, url) =>
  extractMainText(parseHtml(html), url === undefined ? {} : { url }).paragraphs;

export const BASELINES = { readabilityJsdom, readabilityLinkedom } satisfies Record<
  string,
  ExtractParagraphs
>;

/** Runs an extractor; a page it throws on yields no text, as trafilatura's evaluation counts a crash. */
export function runExtractor(extract: ExtractParagraphs, html: string, url?: string): string[] | undefined {
  try {
    return extract(html, url);
  } catch {
    return undefined;
  }
}

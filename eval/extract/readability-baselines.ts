import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { parseHtml } from '../../src/ingest/html/parse-html.js';

/**
 * Readability as a reader would use it, the baseline newsgraph's extractor is measured against:
 * `new Readability(document).parse().textContent`, its lines as paragraphs.
 */
function readabilityParagraphs(document: Document): string[] {
  const text = new Readability(document).parse()?.textContent ?? '';
  return text
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line.length > 0);
}

/** Pages read with jsdom between two forced collections (the npm script runs node with --expose-gc). */
const GC_EVERY_PAGES = 25;
let jsdomPages = 0;

/** Readability on jsdom, the DOM its authors test with (its complaints about pages' CSS silenced). */
export function readabilityJsdom(html: string): string[] {
  const dom = new JSDOM(html, { virtualConsole: new VirtualConsole() });
  try {
    return readabilityParagraphs(dom.window.document);
  } finally {
    // A window left open keeps its document alive: 990 of them exhausted a 4 GB heap.
    dom.window.close();
    // Closed windows are reclaimed only by a full collection, which V8 puts off until the heap is
    // exhausted: without one every so often the 990 pages of trafilatura-eval run out of memory.
    if (++jsdomPages % GC_EVERY_PAGES === 0) (globalThis as { gc?: () => void }).gc?.();
  }
}

/** Readability on linkedom, parsed as newsgraph parses pages. */
export function readabilityLinkedom(html: string): string[] {
  return readabilityParagraphs(parseHtml(html));
}

/**
 * The date a reader gets from Readability 0.6 on linkedom: `parse().publishedTime`, which it reads
 * from JSON-LD and a few meta tags. The baseline the metadata reader's dates are compared with.
 */
export function readabilityPublishedTime(html: string): string | undefined {
  return new Readability(parseHtml(html)).parse()?.publishedTime ?? undefined;
}

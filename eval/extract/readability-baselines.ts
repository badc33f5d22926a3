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

/**
 * Readability on jsdom, the DOM its authors test with (its complaints about pages' CSS silenced).
 * Even closed, each window keeps about 4 MB that no collection frees (measured: 1.2 GB of heap
 * after 300 trafilatura-eval pages, against 64 MB for linkedom): the npm script gives node an
 * 8 GB heap so that the 990 pages fit.
 */
export function readabilityJsdom(html: string): string[] {
  const dom = new JSDOM(html, { virtualConsole: new VirtualConsole() });
  try {
    return readabilityParagraphs(dom.window.document);
  } finally {
    // A window left open keeps its document alive: 990 of them exhausted a 4 GB heap.
    dom.window.close();
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

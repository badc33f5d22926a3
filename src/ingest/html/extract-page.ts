import { InputError } from '../input-error.js';
import { decodeHtml } from './decode-html.js';
import { extractMainText } from './main-text/extract-main-text.js';
import { type PageMetadata, readMetadata } from './metadata/read-metadata.js';
import { parseHtml } from './parse-html.js';

/** What newsgraph reads from one HTML page: its metadata and its main text. */
export interface ExtractedPage extends PageMetadata {
  /** The main text without the title, one plain-text paragraph each. */
  paragraphs: string[];
  /** The encoding the page was decoded with. */
  charset: string;
  /** What went wrong without stopping the extraction (a wrong declared charset). */
  warnings: string[];
}

export interface ExtractPageOptions {
  /** The page's address: resolves its relative links and stands in for a missing canonical URL. */
  url?: string;
  /** The HTTP `Content-Type`, whose charset wins over the page's own declaration. */
  contentType?: string;
}

const MB = 1024 * 1024;
/** A news page is rarely over 2 MB; a larger one is not an article and would hold a worker too long. */
export const MAX_HTML_BYTES = 20 * MB;

/**
 * Decodes and reads one HTML page: metadata first (from the untouched tree), then the main text,
 * whose extraction prunes the tree.
 */
export function extractPage(bytes: Buffer, options: ExtractPageOptions = {}): ExtractedPage {
  if (bytes.length > MAX_HTML_BYTES) {
    throw new InputError(
      `page is ${(bytes.length / MB).toFixed(1)} MB, over the ${MAX_HTML_BYTES / MB} MB limit for one page`,
    );
  }
  const decoded = decodeHtml(bytes, options.contentType);
  const document = parseHtml(decoded.html);
  const urlOption = options.url ? { url: options.url } : {};
  const metadata = readMetadata(document, urlOption);
  const main = extractMainText(document, urlOption);
  const title = metadata.title || main.title || '';
  return {
    ...metadata,
    title,
    ...(!metadata.url && options.url ? { url: options.url } : {}),
    paragraphs: main.paragraphs,
    charset: decoded.charset,
    warnings: decoded.warning ? [decoded.warning] : [],
  };
}

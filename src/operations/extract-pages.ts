import { readFileSync, statSync } from 'node:fs';
import { describeFileError } from '../ingest/describe-file-error.js';
import { type ExtractedPage, extractPage, MAX_HTML_BYTES } from '../ingest/html/extract-page.js';
import { inflatePage } from '../ingest/html/inflate-page.js';
import { InputError } from '../ingest/input-error.js';

export interface ExtractPagesOptions {
  /** The address of the pages, for their relative links; one page's, usually. */
  url?: string;
  /** The bytes of standard input, read when `-` is among the files. */
  stdin?: () => Promise<Buffer>;
}

export type PageOutcome = { file: string; page: ExtractedPage } | { file: string; error: string };

/**
 * Extracts each HTML file (`.html`, `.html.gz`, `-` for standard input) in the order given. A
 * file that cannot be read or holds no article becomes an error for that file, and the rest go on.
 */
export async function* extractPages(
  files: readonly string[],
  options: ExtractPagesOptions = {},
): AsyncGenerator<PageOutcome> {
  for (const file of files) {
    try {
      const bytes = file === '-' ? await (options.stdin?.() ?? Buffer.alloc(0)) : readPage(file);
      const html = /\.gz$/i.test(file) ? inflatePage(bytes) : bytes;
      yield { file, page: extractPage(html, options.url ? { url: options.url } : {}) };
    } catch (error) {
      yield { file, error: error instanceof InputError ? error.message : describeFileError(error) };
    }
  }
}

function readPage(file: string): Buffer {
  const size = statSync(file).size;
  if (size > MAX_HTML_BYTES) {
    throw new InputError(
      `file is ${(size / 2 ** 20).toFixed(1)} MB, over the ${MAX_HTML_BYTES / 2 ** 20} MB limit for one page`,
    );
  }
  return readFileSync(file);
}

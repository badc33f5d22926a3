import { gunzipSync } from 'node:zlib';
import { InputError } from '../input-error.js';
import { MAX_HTML_BYTES } from './extract-page.js';

/** Inflates a gzipped page, stopping at the page limit: a small bomb must not fill the memory. */
export function inflatePage(bytes: Buffer): Buffer {
  try {
    return gunzipSync(bytes, { maxOutputLength: MAX_HTML_BYTES + 1 });
  } catch (error) {
    if (error instanceof RangeError) {
      throw new InputError(
        `gzip file inflates to over the ${MAX_HTML_BYTES / 2 ** 20} MB limit for one page`,
      );
    }
    throw new InputError(`not a valid gzip file: ${(error as Error).message}`);
  }
}

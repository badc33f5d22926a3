import { readFileSync } from 'node:fs';
import { decodeText } from '../ingest/decode-text.js';
import { parseOpml } from '../ingest/feeds/parse-opml.js';
import { type Rejection, rejectionFrom } from '../ingest/input-error.js';

export interface FeedList {
  urls: string[];
  rejected: Rejection[];
}

const WEB_ADDRESS = /^https?:\/\//i;

/** Whether a command-line argument is an http(s) URL rather than a path. */
export function isWebAddress(arg: string): boolean {
  return WEB_ADDRESS.test(arg);
}

/**
 * The feeds named on a command line: URLs as they are, and every feed of each OPML file (or of
 * a text file with one URL per line). Duplicates are dropped; a file that cannot be read is
 * rejected and the rest go on.
 */
export function readFeedList(args: readonly string[]): FeedList {
  const urls = new Set<string>();
  const rejected: Rejection[] = [];
  for (const arg of args) {
    if (isWebAddress(arg)) {
      urls.add(arg);
      continue;
    }
    try {
      const text = decodeText(readFileSync(arg));
      if (/^\s*(?:<\?xml[^>]*>\s*)?<opml[\s>]/i.test(text) || /\.opml$/i.test(arg)) {
        for (const feed of parseOpml(text).feeds) urls.add(feed.url);
      } else {
        for (const line of text.split('\n')) if (isWebAddress(line.trim())) urls.add(line.trim());
      }
    } catch (error) {
      rejected.push(rejectionFrom(arg, error));
    }
  }
  return { urls: [...urls], rejected };
}

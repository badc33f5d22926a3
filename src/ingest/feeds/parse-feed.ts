import { InputError } from '../input-error.js';
import type { Feed } from './feed.js';
import { parseXml } from './parse-xml.js';
import { readAtom } from './read-atom.js';
import { readJsonFeed } from './read-json-feed.js';
import { readRss } from './read-rss.js';

export type { Feed, FeedItem, FeedProblem } from './feed.js';

/** The longest feed or OPML text read, in UTF-16 code units (about 20 MB of ASCII). */
export const MAX_FEED_CHARS = 20 * 1024 * 1024;

export interface ParseFeedOptions {
  /** The URL the feed was fetched from: the last base for relative links. */
  url?: string;
}

/**
 * Reads an RSS (0.91, 0.92, 2.0), RSS 1.0 (RDF), Atom (1.0, 0.3) or JSON Feed (1.0, 1.1) document,
 * found by its content, not its media type. What is wrong with single items is reported in
 * `problems` and the rest is read; an input that is not a feed at all, too large, or unsafe (a
 * DOCTYPE declaring entities) throws an `InputError`.
 */
export function parseFeed(text: string, options: ParseFeedOptions = {}): Feed {
  checkFeedSize(text);
  const withoutBom = text.replace(/^\uFEFF/, '');
  const start = withoutBom.trimStart();
  if (start.startsWith('{')) return readJsonFeed(withoutBom, options.url);
  if (!start.startsWith('<')) throw new InputError('not a feed: neither XML nor JSON');
  const document = parseXml(text);
  const local = document.rootName.slice(document.rootName.indexOf(':') + 1);
  let feed: Feed;
  if (local === 'rss') feed = readRss(document.root, 'rss', options.url);
  else if (local === 'RDF') feed = readRss(document.root, 'rdf', options.url);
  else if (local === 'feed') feed = readAtom(document.root, options.url);
  else if (local.toLowerCase() === 'html') throw new InputError('not a feed: an HTML page');
  else {
    throw new InputError(
      `not a feed: the root element is <${document.rootName}>, not <rss>, <rdf:RDF> or <feed>`,
    );
  }
  if (document.malformed) {
    const { line, message } = document.malformed;
    feed.problems.unshift({ message: `not well-formed XML (line ${line}: ${message}); read leniently` });
  }
  return feed;
}

/** Throws when `text` is longer than `MAX_FEED_CHARS`. */
export function checkFeedSize(text: string): void {
  if (text.length > MAX_FEED_CHARS) {
    throw new InputError(
      `too large for a feed: ${text.length} characters, more than the limit of ${MAX_FEED_CHARS}`,
    );
  }
}

const FEED_TYPES = /\b(?:rss|atom|rdf|feed\+json|xml)\b/i;
const FEED_ROOT = /^(?:\uFEFF)?\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:rss|feed|rdf:RDF)[\s>]/;
const JSON_FEED = /^\s*\{[\s\S]{0,200}"version"\s*:\s*"https:\/\/jsonfeed\.org\/version\//;

/**
 * Whether a response is a feed rather than a page: by its content type when that is a feed or
 * XML type, else by its first bytes (servers often call feeds `text/html` or `text/plain`).
 */
export function isFeed(response: { contentType?: string; bytes: Buffer }): boolean {
  if (response.contentType && !/html/i.test(response.contentType) && FEED_TYPES.test(response.contentType)) {
    return true;
  }
  const start = response.bytes.toString('utf8', 0, Math.min(response.bytes.length, 1024));
  return FEED_ROOT.test(start) || JSON_FEED.test(start);
}

import { describe, expect, it } from 'vitest';
import { isFeed } from './is-feed.js';

const response = (text: string, contentType?: string) => ({
  bytes: Buffer.from(text),
  ...(contentType ? { contentType } : {}),
});

describe('isFeed', () => {
  it.each([
    ['application/rss+xml', '<rss/>'],
    ['application/atom+xml', '<feed/>'],
    ['application/feed+json', '{}'],
    ['text/xml', '<rss/>'],
  ])('takes a %s response for a feed', (type, body) => {
    expect(isFeed(response(body, type))).toBe(true);
  });

  it('knows a feed served as text/html by its root element', () => {
    expect(isFeed(response('<?xml version="1.0"?>\n<!-- hi -->\n<rss version="2.0">', 'text/html'))).toBe(
      true,
    );
    expect(isFeed(response('<rdf:RDF xmlns:rdf="x">', 'text/plain'))).toBe(true);
    expect(
      isFeed(response('{"version": "https://jsonfeed.org/version/1.1", "items": []}', 'application/json')),
    ).toBe(true);
  });

  it('takes a page for a page', () => {
    expect(isFeed(response('<!DOCTYPE html><html><body>feed me</body></html>', 'text/html'))).toBe(false);
    expect(isFeed(response('<html xmlns="http://www.w3.org/1999/xhtml">', 'application/xhtml+xml'))).toBe(
      false,
    );
  });
});

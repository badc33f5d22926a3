import { describe, expect, it } from 'vitest';
import { parseHtml } from '../parse-html.js';
import { readCanonicalUrl } from './read-canonical-url.js';
import { readMetaTags } from './read-meta-tags.js';

function canonical(head: string, url?: string): string | undefined {
  const document = parseHtml(`<html><head>${head}</head><body></body></html>`);
  return readCanonicalUrl(document, readMetaTags(document), url);
}

describe('readCanonicalUrl', () => {
  it('resolves rel=canonical against the page URL', () => {
    expect(canonical('<link rel="canonical" href="/story/1">', 'https://example.com/story/1?utm=x')).toBe(
      'https://example.com/story/1',
    );
  });

  it('falls back to og:url', () => {
    expect(canonical('<meta property="og:url" content="https://example.com/a">')).toBe(
      'https://example.com/a',
    );
  });

  it('gives nothing without either', () => {
    expect(canonical('<link rel="stylesheet" href="/a.css">', 'https://example.com/')).toBeUndefined();
  });
});

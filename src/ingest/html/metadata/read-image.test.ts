import { describe, expect, it } from 'vitest';
import { parseHtml } from '../parse-html.js';
import { readImage } from './read-image.js';
import { readJsonLd } from './read-json-ld.js';
import { readMetaTags } from './read-meta-tags.js';

function image(head: string, url?: string): string | undefined {
  const document = parseHtml(`<html><head>${head}</head><body></body></html>`);
  return readImage(document, readMetaTags(document), readJsonLd(document), url);
}

describe('readImage', () => {
  it('resolves a relative og:image against the page URL', () => {
    expect(image('<meta property="og:image" content="/img/a.jpg">', 'https://example.com/news/1')).toBe(
      'https://example.com/img/a.jpg',
    );
  });

  it("reads the JSON-LD article's ImageObject list", () => {
    const ld = '{"@type":"NewsArticle","image":[{"@type":"ImageObject","url":"https://example.com/b.jpg"}]}';
    expect(image(`<script type="application/ld+json">${ld}</script>`)).toBe('https://example.com/b.jpg');
  });

  it('gives nothing for a relative image without a page URL', () => {
    expect(image('<meta property="og:image" content="a.jpg">')).toBeUndefined();
  });
});

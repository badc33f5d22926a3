import { describe, expect, it } from 'vitest';
import { parseHtml } from '../parse-html.js';
import { readJsonLd } from './read-json-ld.js';
import { readMetaTags } from './read-meta-tags.js';
import { readSiteName } from './read-site-name.js';

function siteName(head: string): string | undefined {
  const document = parseHtml(`<html><head>${head}</head><body></body></html>`);
  return readSiteName(readMetaTags(document), readJsonLd(document));
}

describe('readSiteName', () => {
  it('takes og:site_name first', () => {
    expect(siteName('<meta property="og:site_name" content=" The  Daily ">')).toBe('The Daily');
  });

  it("takes the JSON-LD article's publisher", () => {
    const ld = '{"@type":"NewsArticle","publisher":{"@type":"Organization","name":"NBC News"}}';
    expect(siteName(`<script type="application/ld+json">${ld}</script>`)).toBe('NBC News');
  });

  it('gives nothing when the page does not name its site', () => {
    expect(siteName('<title>x</title>')).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { parseHtml } from '../parse-html.js';
import { readJsonLd } from './read-json-ld.js';
import { readLede } from './read-lede.js';
import { readMetaTags } from './read-meta-tags.js';

function lede(head: string, body = ''): string | undefined {
  const document = parseHtml(`<html><head>${head}</head><body>${body}</body></html>`);
  return readLede(document, readMetaTags(document), readJsonLd(document));
}

describe('readLede', () => {
  it('prefers og:description to the description tag, spaces collapsed', () => {
    expect(
      lede(
        '<meta name="description" content="Short."><meta property="og:description" content="The  summary.">',
      ),
    ).toBe('The summary.');
  });

  it("falls back to the JSON-LD article's description", () => {
    expect(
      lede('<script type="application/ld+json">{"@type":"Article","description":"From LD."}</script>'),
    ).toBe('From LD.');
  });

  it("falls back to the article's first paragraph long enough to be one", () => {
    const body =
      '<nav><p>Home, World, Sports, Business, Science and the weather</p></nav>' +
      '<article><p>Short.</p><p>The first real paragraph of the story, long enough.</p></article>';
    expect(lede('', body)).toBe('The first real paragraph of the story, long enough.');
  });

  it('gives nothing without a description or a paragraph', () => {
    expect(lede('', '<p>Too short.</p>')).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { parseHtml } from '../parse-html.js';
import { readJsonLd } from './read-json-ld.js';
import { readMetaTags } from './read-meta-tags.js';
import { readTitle, stripSiteName } from './read-title.js';

function title(head: string, body = '', siteName?: string): string {
  const document = parseHtml(`<html><head>${head}</head><body>${body}</body></html>`);
  return readTitle(document, readMetaTags(document), readJsonLd(document), siteName);
}

describe('readTitle', () => {
  it('takes og:title when <title> agrees with it, without the site name', () => {
    expect(
      title('<title>Rain in Spain | Daily</title><meta property="og:title" content="Rain in Spain">'),
    ).toBe('Rain in Spain');
  });

  it('prefers the <h1> that agrees with <title> over a teaser og:title', () => {
    expect(
      title(
        '<title>Rain falls on the plain - Daily</title><meta property="og:title" content="You will not believe this">',
        '<h1>Rain falls on the plain</h1>',
      ),
    ).toBe('Rain falls on the plain');
  });

  it('takes the JSON-LD headline of the article', () => {
    expect(
      title(
        '<title>x</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"The headline"}</script>',
      ),
    ).toBe('The headline');
  });

  it('falls back to <title>, then to the <h1>', () => {
    expect(title('<title>Only the title</title>')).toBe('Only the title');
    expect(title('', '<h1>Only the heading</h1>')).toBe('Only the heading');
  });

  it('gives an empty string for a page without any title', () => {
    expect(title('')).toBe('');
  });
});

describe('stripSiteName', () => {
  it('removes the named site after or before a separator', () => {
    expect(stripSiteName('Rain in Spain — The Daily Planet', 'The Daily Planet')).toBe('Rain in Spain');
    expect(stripSiteName('Daily Planet | Rain in Spain', 'Daily Planet')).toBe('Rain in Spain');
  });

  it('removes a short unnamed tail after a pipe or dash', () => {
    expect(stripSiteName('How to build a terrarium | eHow')).toBe('How to build a terrarium');
  });

  it('keeps a colon that is part of the title', () => {
    expect(stripSiteName('This is a long title with a colon: Hello there')).toBe(
      'This is a long title with a colon: Hello there',
    );
  });
});

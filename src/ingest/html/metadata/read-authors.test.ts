import { describe, expect, it } from 'vitest';
import { parseHtml } from '../parse-html.js';
import { cleanAuthors, readAuthors } from './read-authors.js';
import { readJsonLd } from './read-json-ld.js';
import { readMetaTags } from './read-meta-tags.js';

function authors(head: string, body = ''): string[] {
  const document = parseHtml(`<html><head>${head}</head><body>${body}</body></html>`);
  return readAuthors(document, readMetaTags(document), readJsonLd(document));
}

describe('readAuthors', () => {
  it('reads JSON-LD authors given as objects and strings', () => {
    const ld = '{"@type":"NewsArticle","author":[{"@type":"Person","name":"Ann Lee"},"Bo Chen"]}';
    expect(authors(`<script type="application/ld+json">${ld}</script>`)).toEqual(['Ann Lee', 'Bo Chen']);
  });

  it('takes article:author when it is a name and not when it is a URL', () => {
    expect(authors('<meta property="article:author" content="https://facebook.com/ann">')).toEqual([]);
    expect(authors('<meta property="article:author" content="Ann Lee">')).toEqual(['Ann Lee']);
  });

  it('takes the first author tag present rather than merging them', () => {
    expect(
      authors('<meta name="author" content="Ann Lee"><meta name="dc.creator" content="Bo Chen">'),
    ).toEqual(['Bo Chen']);
  });

  it('ignores the authors of comments and related articles', () => {
    const body =
      '<div class="comments"><span class="author">Troll</span></div><p class="byline">By Ann Lee</p>';
    expect(authors('', body)).toEqual(['Ann Lee']);
  });

  it('reads a byline element when the metadata is silent', () => {
    expect(authors('', '<p class="byline">By <a rel="author">Ann Lee</a></p>')).toEqual(['Ann Lee']);
  });
});

describe('cleanAuthors', () => {
  it('drops "By", splits joined names and dedupes', () => {
    expect(cleanAuthors(['By Ann Lee and Bo Chen', 'ann lee'])).toEqual(['Ann Lee', 'Bo Chen']);
  });

  it('splits a comma list of full names but keeps a name written surname first', () => {
    expect(cleanAuthors(['Stella Kim, Jennifer Jett'])).toEqual(['Stella Kim', 'Jennifer Jett']);
    expect(cleanAuthors(['Jong, Michiel de'])).toEqual(['Jong, Michiel de']);
  });

  it('drops a lone "By" left over from a byline', () => {
    expect(cleanAuthors(['Joshua Sokol, By'])).toEqual(['Joshua Sokol']);
  });

  it('drops e-mail addresses and phrases too long to be a name', () => {
    expect(cleanAuthors(['ann@example.com', 'This is a whole sentence that is surely not a name'])).toEqual(
      [],
    );
  });
});

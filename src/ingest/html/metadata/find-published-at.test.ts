import { describe, expect, it } from 'vitest';
import { parseHtml } from '../parse-html.js';
import { findPublishedAt } from './find-published-at.js';
import { readJsonLd } from './read-json-ld.js';
import { readMetaTags } from './read-meta-tags.js';

const now = new Date('2024-01-01T00:00:00Z');

function publishedAt(html: string, url?: string, language?: string): string | undefined {
  const document = parseHtml(html);
  return findPublishedAt({
    document,
    meta: readMetaTags(document),
    jsonLd: readJsonLd(document),
    now,
    ...(url ? { url } : {}),
    ...(language ? { language } : {}),
  });
}

describe('findPublishedAt', () => {
  it('takes JSON-LD datePublished of the article inside @graph, with its time and offset', () => {
    const html =
      '<html><head><script type="application/ld+json">{"@graph":[{"@type":"WebPage","datePublished":"2017-01-01"},' +
      '{"@type":"NewsArticle","datePublished":"2018-06-17T10:15:00+02:00","dateModified":"2018-06-18"}]}</script></head></html>';
    expect(publishedAt(html)).toBe('2018-06-17T10:15:00+02:00');
  });

  it('prefers the publication meta tag over the modified one', () => {
    const html =
      '<html><head><meta property="article:modified_time" content="2018-06-20">' +
      '<meta property="article:published_time" content="2018-06-17"></head></html>';
    expect(publishedAt(html)).toBe('2018-06-17');
  });

  it('takes the modified date when nothing else dates the page', () => {
    expect(
      publishedAt('<html><head><meta property="article:modified_time" content="2018-06-20"></head></html>'),
    ).toBe('2018-06-20');
  });

  it("lets the URL's day win over metadata that disagrees", () => {
    const html =
      '<html><head><meta property="article:published_time" content="2018-06-20T08:00:00Z"></head></html>';
    expect(publishedAt(html, 'https://example.com/2018/06/17/title')).toBe('2018-06-17');
    expect(publishedAt(html, 'https://example.com/2018/06/20/title')).toBe('2018-06-20T08:00:00Z');
  });

  it('skips a date in the future', () => {
    const html =
      '<html><head><meta name="date" content="2031-01-01"><meta name="dc.date" content="2019-05-05"></head></html>';
    expect(publishedAt(html)).toBe('2019-05-05');
  });

  it('reads a time element outside comments', () => {
    const html =
      '<html><body><div class="comments"><time datetime="2019-01-02">2 Jan</time></div>' +
      '<article><time datetime="2018-12-24T09:00:00-05:00">Dec 24</time></article></body></html>';
    expect(publishedAt(html)).toBe('2018-12-24T09:00:00-05:00');
  });

  it('reads a German date in an element whose class speaks of a date', () => {
    const html =
      '<html><body><h1>Titel</h1><p class="artikel-datum">Veröffentlicht am 7. Juni 2020</p></body></html>';
    expect(publishedAt(html, undefined, 'de')).toBe('2020-06-07');
  });

  it('reads a "Published" label in the text', () => {
    const html = '<html><body><h1>Title</h1><p>Published on 06/07/2020 by Ann</p><p>Text.</p></body></html>';
    expect(publishedAt(html, 'https://example.com/a', 'en')).toBe('2020-06-07');
  });

  it('reads an ambiguous date day first on a British site', () => {
    const html = '<html><body><p>Published on 06/07/2020 by Ann</p></body></html>';
    expect(publishedAt(html, 'https://example.co.uk/a', 'en')).toBe('2020-07-06');
  });

  it("reads a date in an article's time element although the body's class names a sidebar", () => {
    const html = '<html><body class="one-sidebar"><article><time>31.03.2020</time></article></body></html>';
    expect(publishedAt(html, undefined, 'de')).toBe('2020-03-31');
  });

  it("falls back to the most frequent day among the scripts' date-times", () => {
    const html =
      '<html><body><p>No date shown.</p><script>var s={"a":"2020-03-18T13:52:08+0100","b":"2020-03-18T12:20:48+0100",' +
      '"c":"2019-01-01T00:00:00Z"}</script></body></html>';
    expect(publishedAt(html)).toBe('2020-03-18');
  });

  it('settles publication metadata that disagrees with itself by the date the article shows', () => {
    const html =
      '<html><head><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-11-03T10:25:56+00:00"}</script>' +
      '<meta property="article:published_time" content="2023-11-06T14:25:00+00:00"></head>' +
      '<body><article><time datetime="2023-11-06T15:25:00+01:00">6. November 2023</time></article></body></html>';
    expect(publishedAt(html)).toBe('2023-11-06T14:25:00+00:00');
  });

  it("prefers the article's shown date to a generic date meta tag", () => {
    const html =
      '<html><head><meta name="date" content="2022-01-26T14:32:06+02:00"></head>' +
      '<body><article><time datetime="2022-01-21">21.01.2022</time></article></body></html>';
    expect(publishedAt(html)).toBe('2022-01-21');
  });

  it('skips a shown date labelled as the last change', () => {
    const html =
      '<html><body><p class="date">Aktualisiert am 15.10.2021</p><p class="date">13.10.2021</p></body></html>';
    expect(publishedAt(html, undefined, 'de')).toBe('2021-10-13');
  });

  it('gives nothing for a page without a date', () => {
    expect(publishedAt('<html><body><p>No date here.</p></body></html>')).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { parseHtml } from '../parse-html.js';
import { readMetadata } from './read-metadata.js';

const html = `<!DOCTYPE html><html lang="en-GB"><head>
<title>Floods close the valley road | The Valley Times</title>
<base href="https://valley.example/news/">
<link rel="canonical" href="floods-close-road">
<meta property="og:site_name" content="The Valley Times">
<meta property="og:image" content="/img/flood.jpg">
<meta name="description" content="The road was shut on Monday.">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
  {"@type":"WebSite","name":"Valley Times"},
  {"@type":"NewsArticle","headline":"Floods close the valley road","datePublished":"2021-02-01T08:30:00+00:00",
   "author":[{"@type":"Person","name":"Ann Lee"},{"@type":"Person","name":"By Bo Chen"}]}]}</script>
</head><body><h1>Floods close the valley road</h1><p>The road was shut on Monday after the river rose.</p></body></html>`;

describe('readMetadata', () => {
  it('reads every field of a well-marked news page', () => {
    expect(
      readMetadata(parseHtml(html), { url: 'https://valley.example/news/floods-close-road?ref=rss' }),
    ).toEqual({
      title: 'Floods close the valley road',
      publishedAt: '2021-02-01T08:30:00+00:00',
      authors: ['Ann Lee', 'Bo Chen'],
      lede: 'The road was shut on Monday.',
      image: 'https://valley.example/img/flood.jpg',
      url: 'https://valley.example/news/floods-close-road',
      siteName: 'The Valley Times',
      language: 'en',
    });
  });

  it('leaves the document as it found it', () => {
    const document = parseHtml(html);
    const before = document.documentElement.outerHTML;
    readMetadata(document, { url: 'https://valley.example/' });
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('gives an empty title and no authors for an empty page', () => {
    expect(readMetadata(parseHtml('<p>x</p>'))).toEqual({ title: '', authors: [] });
  });

  it('resolves the lead image against the canonical URL of a page read without its address', () => {
    const saved = `<html><head><link rel="canonical" href="https://harbor.example/world/talks">
      <meta property="og:image" content="/img/talks.jpg"></head><body><p>x</p></body></html>`;
    expect(readMetadata(parseHtml(saved)).image).toBe('https://harbor.example/img/talks.jpg');
  });
});

import { describe, expect, it } from 'vitest';
import { parseFeed } from './parse-feed.js';
import { readFixture } from './read-fixture.js';

const rss2 = parseFeed(readFixture('rss2.xml'), { url: 'https://fetched.example/feed.xml' });
const rdf = parseFeed(readFixture('rdf.xml'));

function rssWithItem(item: string, namespaces = ''): string {
  return `<rss version="2.0" ${namespaces}><channel><title>T</title><link>https://site.example/</link><item>${item}</item></channel></rss>`;
}

describe('readRss (RSS 2.0)', () => {
  it('reads the channel title with its entities decoded and the site link', () => {
    expect(rss2.title).toBe('The Harbour Ledger & Gazette');
    expect(rss2.url).toBe('https://ledger.example/news/');
  });

  it('turns a title holding escaped HTML into text', () => {
    expect(rss2.items[0]?.title).toBe('Council approves new ferry timetable');
  });

  it('takes the guid as the id and resolves a relative link against the channel link', () => {
    expect(rss2.items[0]).toMatchObject({
      id: 'ledger-1001',
      url: 'https://ledger.example/2024/03/ferry-timetable',
    });
  });

  it('reads content:encoded as HTML and the CDATA description as plain text', () => {
    expect(rss2.items[0]?.contentHtml).toContain('<p>Ferries will run every 20 minutes.</p>');
    expect(rss2.items[0]?.summary).toBe('The council voted 7–2 on Monday.');
  });

  it('finds media:content under the prefix the feed declared, and prefers it to the thumbnail', () => {
    expect(rss2.items[0]?.image).toBe('https://ledger.example/img/ferry.jpg');
  });

  it('reads dc:creator and categories, CDATA included', () => {
    expect(rss2.items[0]).toMatchObject({ authors: ['Mara Quill'], categories: ['Transport', 'Council'] });
  });

  it('reads the name out of an RSS author e-mail', () => {
    expect(rss2.items[1]?.authors).toEqual(['Weather Desk']);
  });

  it('takes an image enclosure as the image and decodes a numeric entity in the description', () => {
    expect(rss2.items[1]?.image).toBe('https://cdn.ledger.example/storm.png');
    expect(rss2.items[1]?.summary).toBe('Winds of up to 90 km/h — stay indoors.');
  });

  it('uses the link as the id when there is no guid, and reads a sloppy date', () => {
    expect(rss2.items[1]).toMatchObject({
      id: 'https://ledger.example/2024/03/storm',
      publishedAt: '2024-03-05T18:05:00-05:00',
    });
  });

  it('takes a permalink guid as the link of an item without one', () => {
    expect(rss2.items[2]).toMatchObject({ url: 'https://ledger.example/2024/03/no-title', title: '' });
  });

  it('skips an item with no link, id or title, with a reason', () => {
    expect(rss2.items).toHaveLength(4);
    expect(rss2.problems).toContainEqual({
      item: 3,
      message: 'item skipped: it has no link, no id and no title',
    });
  });

  it('keeps an item with only a title, with a hashed id and problems for its missing link and date', () => {
    expect(rss2.items[3]?.title).toBe('A headline without link or date');
    expect(rss2.items[3]?.id).toMatch(/^hash:[0-9a-f]{16}$/);
    expect(rss2.problems).toContainEqual({ item: 4, message: 'item has no link' });
    expect(rss2.problems).toContainEqual({ item: 4, message: 'item has no date' });
  });

  it('gives the same hashed id to the same title and date on every read', () => {
    const text = rssWithItem('<title>Same</title><pubDate>2024-01-01</pubDate>');
    expect(parseFeed(text).items[0]?.id).toBe(parseFeed(text).items[0]?.id);
  });

  it('reads RSS 0.91 with its Netscape DOCTYPE and HTML entities', () => {
    const feed = parseFeed(readFixture('rss091.xml'));
    expect(feed.items[0]).toMatchObject({
      title: 'Café reopens on Main Street',
      summary: 'The café closed in 1999.',
    });
  });

  it('finds a media:content inside a media:group, and one typed by its file name', () => {
    const ns = 'xmlns:media="http://search.yahoo.com/mrss/"';
    const item =
      '<title>A</title><media:group><media:content url="/v.mp4" type="video/mp4"/><media:content url="/p.webp"/></media:group>';
    expect(parseFeed(rssWithItem(item, ns)).items[0]?.image).toBe('https://site.example/p.webp');
  });

  it('does not take an audio enclosure for an image', () => {
    const item = '<title>A</title><enclosure url="/a.mp3" type="audio/mpeg" length="1"/>';
    expect(parseFeed(rssWithItem(item)).items[0]?.image).toBeUndefined();
  });

  it('reports a link that cannot be made absolute, and keeps the item', () => {
    const text =
      '<rss version="2.0"><channel><title>T</title><item><title>A</title><link>/only-relative</link></item></channel></rss>';
    const feed = parseFeed(text);
    expect(feed.items[0]?.url).toBeUndefined();
    expect(feed.problems).toContainEqual({
      item: 0,
      field: 'link',
      message: 'link "/only-relative" is not an absolute http(s) URL and cannot be resolved',
    });
  });

  it('does not take a javascript: link', () => {
    expect(
      parseFeed(rssWithItem('<title>A</title><link>javascript:alert(1)</link>')).items[0]?.url,
    ).toBeUndefined();
  });

  it('reads unescaped markup in a description as HTML', () => {
    const item = '<title>A</title><description><p>One <b>bold</b> word</p></description>';
    expect(parseFeed(rssWithItem(item)).items[0]?.summary).toBe('One bold word');
  });

  it('decodes a double-escaped entity in a title', () => {
    expect(
      parseFeed(rssWithItem('<title>AT&amp;amp;T &amp;eacute;t&amp;eacute;</title>')).items[0]?.title,
    ).toBe('AT&T été');
  });
});

describe('readRss (RSS 1.0, RDF)', () => {
  it('reads items that stand beside the channel, with rdf:about as the id', () => {
    expect(rdf.items.map((item) => item.id)).toEqual([
      'https://science.example/notes/comet',
      'https://science.example/notes/moss',
    ]);
  });

  it('reads dc:date, dc:creator and dc:subject', () => {
    expect(rdf.items[0]).toMatchObject({
      publishedAt: '2024-02-11T06:00:00+01:00',
      authors: ['Ilse Brandt'],
      categories: ['Astronomy'],
    });
  });

  it('resolves a relative link against the channel link', () => {
    expect(rdf.items[1]?.url).toBe('https://science.example/notes/moss');
  });
});

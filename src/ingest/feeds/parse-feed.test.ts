import { describe, expect, it } from 'vitest';
import { InputError } from '../input-error.js';
import { MAX_FEED_CHARS, parseFeed } from './parse-feed.js';
import { readFixture } from './read-fixture.js';

function errorOf(text: string): InputError {
  try {
    parseFeed(text);
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected the feed to be refused');
}

function rssWithItem(item: string): string {
  return `<rss version="2.0"><channel><title>T</title><link>https://site.example/</link><item>${item}</item></channel></rss>`;
}

describe('parseFeed', () => {
  it.each([
    ['rss2.xml', 'rss'],
    ['rss091.xml', 'rss'],
    ['rdf.xml', 'rdf'],
    ['atom.xml', 'atom'],
    ['atom03.xml', 'atom'],
    ['json-feed.json', 'json'],
  ])('tells %s is %s by its content', (name, format) => {
    expect(parseFeed(readFixture(name)).format).toBe(format);
  });

  it('reads a feed that starts with a byte order mark and blank lines', () => {
    expect(parseFeed(`\uFEFF\n\n${rssWithItem('<title>A</title>')}`).items).toHaveLength(1);
  });

  it('reads a JSON Feed that starts with a byte order mark', () => {
    expect(parseFeed('\uFEFF{"version": "https://jsonfeed.org/version/1.1", "items": []}').format).toBe(
      'json',
    );
  });

  it('refuses a billion-laughs feed with an InputError naming the DOCTYPE', () => {
    const text = `<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>
<rss version="2.0"><channel><title>&c;</title></channel></rss>`;
    const error = errorOf(text);
    expect(error.message).toMatch(/declares entities in its DOCTYPE/);
    expect(error.line).toBe(2);
  });

  it('refuses an XXE feed that reads a local file', () => {
    const text = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><rss><channel><title>&xxe;</title></channel></rss>`;
    expect(errorOf(text).message).toMatch(/declares entities in its DOCTYPE/);
  });

  it('refuses text longer than MAX_FEED_CHARS before reading it', () => {
    const error = errorOf(`<rss>${' '.repeat(MAX_FEED_CHARS)}</rss>`);
    expect(error.message).toMatch(/^too large for a feed: \d+ characters, more than the limit of 20971520$/);
  });

  it.each([
    ['plain text', 'not a feed: neither XML nor JSON'],
    ['<html><body>Hello</body></html>', 'not a feed: an HTML page'],
    ['<svg><g/></svg>', 'not a feed: the root element is <svg>, not <rss>, <rdf:RDF> or <feed>'],
  ])('refuses %s', (text, message) => {
    expect(errorOf(text).message).toBe(message);
  });

  it('reads a feed that is not well-formed leniently, with a problem naming the line', () => {
    const feed = parseFeed(`<rss version="2.0">\n<channel>\n<title>Fish & Chips</title></channel></rss>`);
    expect(feed.title).toBe('Fish & Chips');
    expect(feed.problems[0]?.message).toMatch(/^not well-formed XML \(line 3: .*\); read leniently$/);
  });

  it('refuses broken JSON with the line of the error', () => {
    const error = errorOf('{\n  "version": "https://jsonfeed.org/version/1.1",\n  "items": [,]\n}');
    expect(error.message).toBe('not valid JSON');
    expect(error.line).toBe(3);
  });

  it('resolves relative links against the URL the feed was fetched from when the feed has no link', () => {
    const text =
      '<rss version="2.0"><channel><title>T</title><item><title>A</title><link>/a</link></item></channel></rss>';
    expect(parseFeed(text, { url: 'https://fetched.example/feed.xml' }).items[0]?.url).toBe(
      'https://fetched.example/a',
    );
  });

  describe('dates as feeds write them', () => {
    it.each([
      ['<pubDate>Tue, 05 Mar 2024 09:30:00 GMT</pubDate>', '2024-03-05T09:30:00Z'],
      ['<pubDate>Tue, 05 Mar 2024 09:30:00 +0000</pubDate>', '2024-03-05T09:30:00+00:00'],
      ['<pubDate>Tue, 05 Mar 2024 09:30:00 +00:00</pubDate>', '2024-03-05T09:30:00+00:00'],
      ['<pubDate>Tue, 5 Mar 2024 09:30 PDT</pubDate>', '2024-03-05T09:30:00-07:00'],
      ['<pubDate>Mon, 05 Mar 2024 09:30:00 EST</pubDate>', '2024-03-05T09:30:00-05:00'],
      ['<pubDate>05 Mar 24 09:30:00 UT</pubDate>', '2024-03-05T09:30:00Z'],
      ['<pubDate>2024-03-05T09:30:00Z</pubDate>', '2024-03-05T09:30:00Z'],
      ['<pubDate>2024-03-05T09:30:00</pubDate>', '2024-03-05T09:30:00'],
      ['<pubDate>2024-03-05</pubDate>', '2024-03-05'],
      ['<dc:date>2024-03-05T09:30:00.000+01:00</dc:date>', '2024-03-05T09:30:00+01:00'],
    ])('reads %s as %s', (element, iso) => {
      const feed = parseFeed(rssWithItem(`<title>A</title><link>/a</link>${element}`));
      expect(feed.items[0]?.publishedAt).toBe(iso);
      expect(feed.problems).toEqual([]);
    });

    it('makes an unreadable date a problem on its item and keeps the item', () => {
      const feed = parseFeed(rssWithItem('<title>A</title><link>/a</link><pubDate>the other day</pubDate>'));
      expect(feed.items[0]?.publishedAt).toBeUndefined();
      expect(feed.problems).toEqual([
        { item: 0, field: 'pubDate', message: 'cannot read "the other day" as a date (expected MM/DD/YYYY)' },
      ]);
    });

    it('makes a date in an unknown zone a problem and keeps the time without a zone', () => {
      const feed = parseFeed(
        rssWithItem('<title>A</title><link>/a</link><pubDate>Tue, 05 Mar 2024 09:30:00 XYZ</pubDate>'),
      );
      expect(feed.items[0]?.publishedAt).toBe('2024-03-05T09:30:00');
      expect(feed.problems).toEqual([expect.objectContaining({ item: 0, field: 'pubDate' })]);
    });
  });
});

import { describe, expect, it } from 'vitest';
import { InputError } from '../input-error.js';
import { parseOpml } from './parse-opml.js';

const OPML = `<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0">
  <head><title>My subscriptions</title></head>
  <body>
    <outline text="News" title="News">
      <outline type="rss" text="Harbour Ledger" xmlUrl="https://ledger.example/feed.xml" htmlUrl="https://ledger.example/"/>
      <outline text="World">
        <outline type="rss" title="Wire" text="wire" xmlUrl="https://wire.example/atom.xml"/>
      </outline>
    </outline>
    <outline type="rss" text="Loose &amp; Co" xmlurl="https://loose.example/rss" category="/Tech/Gadgets,/Reviews"/>
    <outline type="rss" text="Again" xmlUrl="https://ledger.example/feed.xml"/>
    <outline type="rss" text="Relative" xmlUrl="/feed.xml"/>
    <outline type="rss" text="Gopher" xmlUrl="gopher://old.example/feed"/>
    <outline text="A note, not a feed"/>
  </body>
</opml>`;

const list = parseOpml(OPML);

describe('parseOpml', () => {
  it('flattens nested outlines in document order, with their folders as the category', () => {
    expect(list.feeds.slice(0, 2)).toEqual([
      {
        url: 'https://ledger.example/feed.xml',
        title: 'Harbour Ledger',
        siteUrl: 'https://ledger.example/',
        category: 'News',
      },
      { url: 'https://wire.example/atom.xml', title: 'Wire', category: 'News / World' },
    ]);
  });

  it('reads xmlurl in any case, decodes entities and takes the first category attribute', () => {
    expect(list.feeds[2]).toEqual({
      url: 'https://loose.example/rss',
      title: 'Loose & Co',
      category: 'Tech/Gadgets',
    });
  });

  it('leaves out a feed listed twice, saying where it was first', () => {
    expect(list.feeds).toHaveLength(3);
    expect(list.problems).toContainEqual({
      outline: 6,
      title: 'Again',
      message: 'feed https://ledger.example/feed.xml is listed already (outline 2)',
    });
  });

  it('leaves out relative and non-http feed URLs with a problem each', () => {
    expect(list.problems).toContainEqual({
      outline: 7,
      title: 'Relative',
      message: 'feed URL "/feed.xml" is not an absolute http(s) URL',
    });
    expect(list.problems).toContainEqual(expect.objectContaining({ outline: 8, title: 'Gopher' }));
    expect(list.problems).toHaveLength(3);
  });

  it('refuses a document that is not OPML', () => {
    expect(() => parseOpml('<rss><channel/></rss>')).toThrow(
      new InputError('not an OPML file: the root element is <rss>, not <opml>'),
    );
  });

  it('refuses an OPML file declaring entities', () => {
    expect(() =>
      parseOpml('<!DOCTYPE opml [<!ENTITY x SYSTEM "file:///etc/passwd">]><opml><body/></opml>'),
    ).toThrow(/declares entities/);
  });

  it('reads an OPML file with an empty body as no feeds', () => {
    expect(parseOpml('<opml version="1.0"><head/><body></body></opml>')).toEqual({ feeds: [], problems: [] });
  });
});

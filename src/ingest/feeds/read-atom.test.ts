import { describe, expect, it } from 'vitest';
import { parseFeed } from './parse-feed.js';
import { readFixture } from './read-fixture.js';

const atom = parseFeed(readFixture('atom.xml'));

function atomWithEntry(entry: string): string {
  return `<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><link href="https://site.example/"/><entry><id>e</id><updated>2024-01-01T00:00:00Z</updated>${entry}</entry></feed>`;
}

describe('readAtom', () => {
  it('reads an html title as text and the alternate link, resolved against xml:base', () => {
    expect(atom.title).toBe('Wire <Daily>');
    expect(atom.url).toBe('https://wire.example/home');
  });

  it('prefers the alternate link to the edit link and resolves it against xml:base', () => {
    expect(atom.items[0]?.url).toBe('https://wire.example/stories/bridge');
  });

  it("resolves an entry's link against the entry's own xml:base", () => {
    expect(atom.items[1]?.url).toBe('https://archive.wire.example/2024/april/numbers');
  });

  it('reads published and updated, and every author', () => {
    expect(atom.items[0]).toMatchObject({
      publishedAt: '2024-04-01T08:00:00-04:00',
      updatedAt: '2024-04-01T09:15:00-04:00',
      authors: ['Rui Okafor', 'Lena Park'],
    });
  });

  it('gives entries without an author the feed author', () => {
    expect(atom.items[1]?.authors).toEqual(['Wire Staff']);
  });

  it('reads xhtml content as HTML and an html summary as text', () => {
    expect(atom.items[0]?.contentHtml).toContain('<p>Tolls are waived for a week.</p>');
    expect(atom.items[0]?.summary).toBe('Traffic resumes & tolls are waived.');
  });

  it('keeps a text title and summary as text, angle brackets included', () => {
    expect(atom.items[1]?.title).toBe('Why 3 < 4 matters');
    expect(atom.items[1]?.summary).toBe('Plain text <not a tag>.');
  });

  it('turns text content into escaped HTML paragraphs', () => {
    expect(atom.items[1]?.contentHtml).toBe('<p>First paragraph.</p>\n<p>Second paragraph.</p>');
  });

  it('takes an image enclosure link as the image and the category label', () => {
    expect(atom.items[0]).toMatchObject({
      image: 'https://wire.example/img/bridge.jpg',
      categories: ['Infrastructure'],
    });
  });

  it('leaves out content given by src, with a problem', () => {
    expect(atom.items[2]?.contentHtml).toBeUndefined();
    expect(atom.problems).toContainEqual({
      item: 2,
      field: 'content',
      message: 'content given by reference (src) is not read',
    });
  });

  it('reads Atom 0.3: issued, modified and escaped content', () => {
    const feed = parseFeed(readFixture('atom03.xml'));
    expect(feed.items[0]).toMatchObject({
      publishedAt: '2005-07-31T12:29:29Z',
      updatedAt: '2005-08-01T10:00:00Z',
      contentHtml: '<p>Hello, world.</p>',
    });
  });

  it('reads a feed whose Atom elements carry a prefix', () => {
    const text = `<a:feed xmlns:a="http://www.w3.org/2005/Atom"><a:title>P</a:title><a:entry><a:id>x</a:id><a:title>E</a:title><a:link href="https://site.example/e"/><a:updated>2024-01-01</a:updated></a:entry></a:feed>`;
    expect(parseFeed(text).items[0]).toMatchObject({ id: 'x', title: 'E', url: 'https://site.example/e' });
  });

  it('takes a link without rel as the alternate', () => {
    expect(parseFeed(atomWithEntry('<link href="/x"/>')).items[0]?.url).toBe('https://site.example/x');
  });

  it('takes a media:thumbnail as the image', () => {
    const text = `<feed xmlns="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/"><link href="https://site.example/"/><entry><id>e</id><title>E</title><updated>2024-01-01</updated><media:thumbnail url="/t.jpg"/></entry></feed>`;
    expect(parseFeed(text).items[0]?.image).toBe('https://site.example/t.jpg');
  });
});

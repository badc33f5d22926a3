import { describe, expect, it } from 'vitest';
import { InputError } from '../input-error.js';
import { parseFeed } from './parse-feed.js';
import { readFixture } from './read-fixture.js';

const json = parseFeed(readFixture('json-feed.json'));

describe('readJsonFeed', () => {
  it('reads the title and home page', () => {
    expect(json).toMatchObject({ format: 'json', title: 'Field Notes', url: 'https://notes.example/' });
  });

  it('reads an item: relative URL and image resolved, HTML entity in title decoded, tags', () => {
    expect(json.items[0]).toMatchObject({
      id: '2024-05-river',
      url: 'https://notes.example/posts/river',
      title: 'Low water on the river & what it means',
      image: 'https://notes.example/images/river.jpg',
      publishedAt: '2024-05-02T07:45:00+02:00',
      categories: ['rivers', 'shipping'],
      authors: ['Noor Adeyemi'],
    });
    expect(json.items[0]?.contentHtml).toContain('<p>Barges are carrying half loads.</p>');
  });

  it('reads a numeric id, content_text as paragraphs, an image attachment and its own authors', () => {
    expect(json.items[1]).toMatchObject({
      id: '42',
      contentHtml: '<p>A note with no title.</p>\n<p>Just text.</p>',
      image: 'https://notes.example/a.png',
      authors: ['Guest Writer'],
    });
  });

  it('makes an unreadable date and a key of the wrong type problems', () => {
    expect(json.problems).toContainEqual(expect.objectContaining({ item: 1, field: 'date_published' }));
    expect(json.problems).toContainEqual({ item: 2, field: 'title', message: '"title" is not a string' });
  });

  it('skips an item that is not an object, with a reason', () => {
    expect(json.items).toHaveLength(2);
    expect(json.problems).toContainEqual({ item: 3, message: 'item skipped: not a JSON object' });
  });

  it('reads a JSON Feed 1.0 author', () => {
    const text = JSON.stringify({
      version: 'https://jsonfeed.org/version/1',
      items: [{ id: 'a', title: 'A', author: { name: 'Old Style' } }],
    });
    expect(parseFeed(text).items[0]?.authors).toEqual(['Old Style']);
  });

  it('refuses JSON without an items array', () => {
    expect(() => parseFeed('{"version": "https://jsonfeed.org/version/1.1"}')).toThrow(InputError);
  });

  it('reads JSON without a version, with a problem', () => {
    const feed = parseFeed('{"items": [{"id": "a", "title": "A"}]}');
    expect(feed.items).toHaveLength(1);
    expect(feed.problems[0]).toMatchObject({ field: 'version' });
  });
});

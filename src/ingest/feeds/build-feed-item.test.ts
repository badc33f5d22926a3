import { describe, expect, it } from 'vitest';
import { buildFeedItem, type ItemDraft } from './build-feed-item.js';
import type { FeedProblem } from './feed.js';

function build(fields: Partial<ItemDraft>): {
  item: ReturnType<typeof buildFeedItem>;
  problems: FeedProblem[];
} {
  const problems: FeedProblem[] = [];
  const item = buildFeedItem(
    { index: 4, bases: ['https://site.example/'], authors: [], categories: [], ...fields },
    problems,
  );
  return { item, problems };
}

describe('buildFeedItem', () => {
  it('prefers the id, then the absolute link, then a hash of title and date', () => {
    const link = { field: 'link', value: '/a' };
    expect(build({ id: ' g ', link }).item?.id).toBe('g');
    expect(build({ link }).item?.id).toBe('https://site.example/a');
    expect(build({ title: { value: 'T', isHtml: false } }).item?.id).toMatch(/^hash:[0-9a-f]{16}$/);
  });

  it('hashes title and date together, so the same title on another day is another item', () => {
    const title = { value: 'T', isHtml: false };
    const first = build({ title, published: { field: 'pubDate', value: '2024-01-01' } }).item?.id;
    const second = build({ title, published: { field: 'pubDate', value: '2024-01-02' } }).item?.id;
    expect(first).not.toBe(second);
  });

  it('skips an item with no link, id or title, at its index', () => {
    const { item, problems } = build({ summary: 'words' });
    expect(item).toBeUndefined();
    expect(problems).toEqual([{ item: 4, message: 'item skipped: it has no link, no id and no title' }]);
  });

  it('reads an HTML title as text and folds the white space of a text title', () => {
    expect(build({ title: { value: '<b>Bold</b> &amp; <i>brave</i>', isHtml: true } }).item?.title).toBe(
      'Bold & brave',
    );
    expect(build({ title: { value: ' a\n  b ', isHtml: false } }).item?.title).toBe('a b');
  });

  it('drops repeated and empty authors and categories', () => {
    const { item } = build({ id: 'x', authors: ['A', ' A ', ''], categories: ['c', 'c'] });
    expect(item).toMatchObject({ authors: ['A'], categories: ['c'] });
  });

  it('reports an image URL that cannot be resolved', () => {
    const { item, problems } = build({
      id: 'x',
      image: { field: 'enclosure', value: 'data:image/png;base64,AAAA' },
    });
    expect(item?.image).toBeUndefined();
    expect(problems).toContainEqual(expect.objectContaining({ item: 4, field: 'enclosure' }));
  });
});

import { describe, expect, it } from 'vitest';
import type { FeedItem } from './feed.js';
import { FULL_TEXT_MIN_CHARS, feedItemRecord, hasFullText } from './feed-item-record.js';

const SENTENCE = 'The harbour authority said the new ferries would carry twice as many passengers. ';
const LONG = SENTENCE.repeat(4).trim();

function item(fields: Partial<FeedItem> = {}): FeedItem {
  return { id: 'i', title: 'Ferries double', authors: ['Mara Quill'], categories: [], ...fields };
}

describe('hasFullText', () => {
  it(`says yes for ${FULL_TEXT_MIN_CHARS} characters of text or more`, () => {
    expect(hasFullText(item({ contentHtml: `<p>${LONG}</p><p>${LONG}</p>` }))).toBe(true);
  });

  it('says no for a short teaser', () => {
    expect(hasFullText(item({ contentHtml: `<p>${SENTENCE}</p>` }))).toBe(false);
  });

  it('says no for long HTML that ends like a teaser', () => {
    expect(hasFullText(item({ contentHtml: `<p>${LONG}</p><p>${LONG}</p><p>Continue reading →</p>` }))).toBe(
      false,
    );
    expect(hasFullText(item({ contentHtml: `<p>${LONG} ${LONG} and then […]</p>` }))).toBe(false);
  });

  it('says no for an item with only a summary', () => {
    expect(hasFullText(item({ summary: LONG }))).toBe(false);
  });

  it('does not count scripts and styles as text', () => {
    expect(hasFullText(item({ contentHtml: `<p>${SENTENCE}</p><script>${'x'.repeat(1000)}</script>` }))).toBe(
      false,
    );
  });
});

describe('feedItemRecord', () => {
  it('makes each block of the full text a body paragraph and carries the metadata', () => {
    const read = feedItemRecord(
      item({
        url: 'https://ledger.example/ferries',
        publishedAt: '2024-03-05T09:30:00Z',
        image: 'https://ledger.example/ferry.jpg',
        summary: 'More ferries.',
        contentHtml: `<h2>Twice the seats</h2><p>${LONG}</p><script>track()</script><ul><li>${LONG}</li></ul>`,
      }),
      { title: 'The Harbour Ledger' },
    );
    expect(read.record).toEqual({
      title: 'Ferries double',
      lede: 'More ferries.',
      body: ['Twice the seats', LONG, LONG],
      publishedAt: '2024-03-05T09:30:00Z',
      image: 'https://ledger.example/ferry.jpg',
      url: 'https://ledger.example/ferries',
      authors: ['Mara Quill'],
      source: 'The Harbour Ledger',
    });
    expect(read.diagnostics).toEqual([]);
  });

  it('leaves out a summary the body starts with', () => {
    const read = feedItemRecord(
      item({ summary: `${SENTENCE.slice(0, 60)}…`, contentHtml: `<p>${LONG}</p><p>${LONG}</p>` }),
    );
    expect(read.record.lede).toBeUndefined();
  });

  it("drops WordPress's closing line", () => {
    const read = feedItemRecord(
      item({
        contentHtml: `<p>${LONG}</p><p>${LONG}</p><p>The post Ferries double appeared first on Ledger.</p>`,
      }),
    );
    expect(read.record.body).toEqual([LONG, LONG]);
  });

  it('says so when the item carries only a summary, giving it as the lede with an empty body', () => {
    const read = feedItemRecord(item({ summary: 'More ferries.' }));
    expect(read.record.body).toEqual([]);
    expect(read.record.lede).toBe('More ferries.');
    expect(read.diagnostics).toEqual([
      expect.objectContaining({ severity: 'info', code: 'feed-summary-only' }),
    ]);
  });

  it('uses the updated date when there is no published date', () => {
    expect(feedItemRecord(item({ updatedAt: '2024-04-02T10:00:00Z' })).record.publishedAt).toBe(
      '2024-04-02T10:00:00Z',
    );
  });

  it('warns about an item without a title', () => {
    const read = feedItemRecord(item({ title: '', contentHtml: `<p>${LONG}</p><p>${LONG}</p>` }));
    expect(read.diagnostics).toEqual([expect.objectContaining({ code: 'feed-no-title' })]);
  });
});

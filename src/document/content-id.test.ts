import { describe, expect, it } from 'vitest';
import { type ArticleRecord, createArticle, type Origin } from './article.js';
import { articleKey, contentId } from './content-id.js';

const FIELDS = {
  source: 'Behold Israel',
  title: 'A headline',
  publishedAt: '2018-06-17',
  body: ['First paragraph.', 'Second paragraph.'],
};

const ORIGIN: Origin = {
  location: 'a.txt',
  reader: 'seed@1.0.0',
  contentHash: 'a'.repeat(64),
  retrievedAt: '2024-01-01T00:00:00.000Z',
};

describe('contentId', () => {
  it('is 16 lower-case hex characters', () => {
    expect(contentId(FIELDS)).toMatch(/^[0-9a-f]{16}$/);
  });

  it('is the same for the same fields', () => {
    expect(contentId({ ...FIELDS, body: [...FIELDS.body] })).toBe(contentId(FIELDS));
  });

  it.each([
    ['the body', { body: ['First paragraph.', 'Second paragraph, edited.'] }],
    ['a paragraph added', { body: [...FIELDS.body, 'Third paragraph.'] }],
    ['the title', { title: 'Another headline' }],
    ['the date', { publishedAt: '2018-06-18' }],
    ['the source', { source: 'Another source' }],
  ])('changes when %s changes', (_what, change) => {
    expect(contentId({ ...FIELDS, ...change })).not.toBe(contentId(FIELDS));
  });

  it('tells apart the same words split into paragraphs differently', () => {
    expect(contentId({ ...FIELDS, body: ['a b', 'c'] })).not.toBe(
      contentId({ ...FIELDS, body: ['a', 'b c'] }),
    );
  });

  it('tells apart a word moved from the title to the source', () => {
    expect(contentId({ ...FIELDS, source: 'AB', title: 'C' })).not.toBe(
      contentId({ ...FIELDS, source: 'A', title: 'BC' }),
    );
  });

  it('is the same for composed and decomposed accents', () => {
    // "é" as one code point (NFC) and as "e" + combining acute (NFD).
    expect(contentId({ ...FIELDS, title: 'Caf\u00e9' })).toBe(contentId({ ...FIELDS, title: 'Cafe\u0301' }));
  });
});

describe('the id of an article', () => {
  const record: ArticleRecord = { ...FIELDS, lede: 'A summary.', image: 'photo.jpg' };

  it('is the same when the record comes with different line wrapping and spacing', () => {
    const wrapped: ArticleRecord = {
      ...record,
      title: ' A\nheadline ',
      body: ['First\r\nparagraph.', '', 'Second   paragraph.'],
    };
    expect(createArticle(wrapped, ORIGIN).id).toBe(createArticle(record, ORIGIN).id);
  });

  it('does not depend on where the article was read from', () => {
    expect(createArticle(record, { ...ORIGIN, location: 'b.jsonl', reader: 'jsonl@1.0.0' }).id).toBe(
      createArticle(record, ORIGIN).id,
    );
  });

  it('changes when the body changes', () => {
    expect(createArticle({ ...record, body: ['First paragraph.'] }, ORIGIN).id).not.toBe(
      createArticle(record, ORIGIN).id,
    );
  });
});

describe('articleKey', () => {
  it('uses the URL when there is one', () => {
    expect(articleKey({ ...FIELDS, url: 'https://example.com/news/1' })).toBe(
      'url:https://example.com/news/1',
    );
  });

  it('keeps the same URL key when the title is corrected', () => {
    const url = 'https://example.com/news/1';
    expect(articleKey({ ...FIELDS, title: 'Corrected headline', url })).toBe(articleKey({ ...FIELDS, url }));
  });

  it('uses source, title and date when there is no URL', () => {
    expect(articleKey({ ...FIELDS, url: '' })).toMatch(/^record:[0-9a-f]{16}$/);
  });

  it('ignores the case of source and title', () => {
    expect(articleKey({ ...FIELDS, source: 'BEHOLD ISRAEL', title: 'a HEADLINE', url: '' })).toBe(
      articleKey({ ...FIELDS, url: '' }),
    );
  });

  it('changes with the date when there is no URL', () => {
    expect(articleKey({ ...FIELDS, publishedAt: '2018-06-18', url: '' })).not.toBe(
      articleKey({ ...FIELDS, url: '' }),
    );
  });

  it('is what createArticle gives an article with a URL', () => {
    const article = createArticle({ ...FIELDS, url: ' https://example.com/news/1 ' }, ORIGIN);
    expect(article.key).toBe('url:https://example.com/news/1');
  });
});

import { describe, expect, it } from 'vitest';
import type { ExtractedPage } from './extract-page.js';
import { pageRecord } from './page-record.js';

function page(overrides: Partial<ExtractedPage> = {}): ExtractedPage {
  return {
    title: 'Talks resume in Amman',
    authors: ['Dana Levi'],
    paragraphs: ['Negotiators met in Amman on Wednesday.', 'They will meet again in September.'],
    charset: 'utf-8',
    warnings: [],
    ...overrides,
  };
}

describe('pageRecord', () => {
  it('carries the metadata of the page into the record', () => {
    const { record, diagnostics } = pageRecord(
      page({
        publishedAt: '2023-07-12',
        image: 'https://example.org/a.jpg',
        url: 'https://example.org/talks',
        siteName: 'Harbor Gazette',
        language: 'en',
      }),
    );
    expect(record).toEqual({
      title: 'Talks resume in Amman',
      body: ['Negotiators met in Amman on Wednesday.', 'They will meet again in September.'],
      authors: ['Dana Levi'],
      publishedAt: '2023-07-12',
      image: 'https://example.org/a.jpg',
      url: 'https://example.org/talks',
      source: 'Harbor Gazette',
      language: 'en',
    });
    expect(diagnostics).toEqual([]);
  });

  it('keeps a description that says something the body does not as the lede', () => {
    const { record } = pageRecord(page({ lede: 'The first round in eight months.' }));
    expect(record.lede).toBe('The first round in eight months.');
  });

  it('drops a description that repeats or truncates the first paragraph', () => {
    expect(pageRecord(page({ lede: 'Negotiators met in Amman on Wednesday.' })).record.lede).toBeUndefined();
    expect(pageRecord(page({ lede: 'Negotiators met in Amman…' })).record.lede).toBeUndefined();
  });

  it("names the source after the site's host when the page has no site name", () => {
    expect(pageRecord(page({ url: 'https://www.harbor.example/x' })).record.source).toBe('harbor.example');
  });

  it('records a missing date and title, and a charset warning, as diagnostics', () => {
    const { diagnostics } = pageRecord(
      page({ title: '', warnings: ['declared UTF-8 in the meta, but the bytes are not UTF-8'] }),
    );
    expect(diagnostics.map((diagnostic) => diagnostic.code)).toEqual([
      'html-charset',
      'html-no-title',
      'html-no-date',
    ]);
  });

  it('refuses a page without article text', () => {
    expect(() => pageRecord(page({ paragraphs: [] }))).toThrow('no article text found in the page');
  });
});

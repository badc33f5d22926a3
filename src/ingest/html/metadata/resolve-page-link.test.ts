import { describe, expect, it } from 'vitest';
import { parseHtml } from '../parse-html.js';
import { resolvePageLink } from './resolve-page-link.js';

describe('resolvePageLink', () => {
  const plain = parseHtml('<html><head></head><body></body></html>');

  it('resolves a relative link against the page URL', () => {
    expect(resolvePageLink('../img/a.jpg', plain, 'https://example.com/news/story/')).toBe(
      'https://example.com/news/img/a.jpg',
    );
  });

  it('resolves against <base href>, itself relative to the page', () => {
    const document = parseHtml('<html><head><base href="/static/"></head><body></body></html>');
    expect(resolvePageLink('a.jpg', document, 'https://example.com/news/story')).toBe(
      'https://example.com/static/a.jpg',
    );
  });

  it('keeps an absolute link without any page URL', () => {
    expect(resolvePageLink('https://cdn.example.com/a.jpg', plain)).toBe('https://cdn.example.com/a.jpg');
  });

  it('gives nothing for a relative link without a base, or a data URL', () => {
    expect(resolvePageLink('a.jpg', plain)).toBeUndefined();
    expect(resolvePageLink('data:image/png;base64,AAAA', plain, 'https://example.com/')).toBeUndefined();
  });
});

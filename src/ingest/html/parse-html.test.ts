import { describe, expect, it } from 'vitest';
import { MAX_NESTING, parseHtml } from './parse-html.js';

describe('parseHtml', () => {
  it('parses a page', () => {
    const document = parseHtml('<html><head><title>Talks</title></head><body><p>Text</p></body></html>');
    expect(document.title).toBe('Talks');
    expect(document.querySelectorAll('p')).toHaveLength(1);
  });

  it('puts a fragment in a body instead of making its first element the root', () => {
    const document = parseHtml('<p>one</p><p>two</p>');
    expect(document.body.querySelectorAll('p')).toHaveLength(2);
  });

  it('refuses a page nested deeper than it can read, at once', () => {
    const deep = `<html><body>${'<div>'.repeat(100_000)}x${'</div>'.repeat(100_000)}</body></html>`;
    expect(() => parseHtml(deep)).toThrow(`elements nest 100000 deep, over the limit of ${MAX_NESTING}`);
  });
});

import { describe, expect, it } from 'vitest';
import { parseHtml } from '../parse-html.js';
import { runReadability } from './run-readability.js';

const sentence =
  'The council voted on Tuesday to close the old bridge to heavy lorries, citing cracks in its piers. ';

describe('runReadability', () => {
  it('returns the article element and the headline', () => {
    const html = `<html><head><title>Bridge closes</title></head><body><nav><a href="/">Home</a></nav>
      <article><h1>Bridge closes</h1><p>${sentence.repeat(4)}</p><p>${sentence.repeat(3)}</p></article></body></html>`;
    const article = runReadability(parseHtml(html));
    expect(article?.title).toBe('Bridge closes');
    expect(article?.content.textContent).toContain('citing cracks');
    expect(article?.content.textContent).not.toContain('Home');
  });

  it('returns nothing for a page without text', () => {
    expect(runReadability(parseHtml('<html><body></body></html>'))).toBeUndefined();
  });
});

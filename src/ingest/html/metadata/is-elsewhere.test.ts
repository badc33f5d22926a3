import { describe, expect, it } from 'vitest';
import { parseHtml } from '../parse-html.js';
import { isElsewhere } from './is-elsewhere.js';

describe('isElsewhere', () => {
  it('finds an element inside comments or a footer', () => {
    const document = parseHtml(
      '<html><body><div id="comments"><p id="a">x</p></div><footer><p id="b">y</p></footer></body></html>',
    );
    expect(isElsewhere(document.querySelector('#a') as Element)).toBe(true);
    expect(isElsewhere(document.querySelector('#b') as Element)).toBe(true);
  });

  it("keeps an aside inside the article, which is often the article's meta box", () => {
    const document = parseHtml(
      '<html><body><aside><p id="a">x</p></aside><article><aside class="meta"><time id="t">y</time></aside></article></body></html>',
    );
    expect(isElsewhere(document.querySelector('#a') as Element)).toBe(true);
    expect(isElsewhere(document.querySelector('#t') as Element)).toBe(false);
  });

  it('ignores a page-wide class on the body', () => {
    const document = parseHtml(
      '<html><body class="one-sidebar"><article><time id="t">x</time></article></body></html>',
    );
    expect(isElsewhere(document.querySelector('#t') as Element)).toBe(false);
  });
});

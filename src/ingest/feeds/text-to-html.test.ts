import { describe, expect, it } from 'vitest';
import { textToHtml } from './text-to-html.js';

describe('textToHtml', () => {
  it('escapes special characters and makes each block a paragraph', () => {
    expect(textToHtml('a < b & c\n\n\n  second  ')).toBe('<p>a &lt; b &amp; c</p>\n<p>second</p>');
  });

  it('gives nothing for blank text', () => {
    expect(textToHtml(' \n\n ')).toBe('');
  });
});

import { describe, expect, it } from 'vitest';
import { parseHtml } from '../parse-html.js';
import { extractMainText } from './extract-main-text.js';

const sentence =
  'The council voted on Tuesday to close the old bridge to heavy lorries, citing cracks in its piers. ';

describe('extractMainText', () => {
  it('returns the paragraphs of the article and its headline apart', () => {
    const html = `<html><head><title>Bridge closes</title></head><body>
      <article><h1>Bridge closes</h1><p>${sentence.repeat(4)}</p><p>Second ${sentence.repeat(3)}</p></article></body></html>`;
    const mainText = extractMainText(parseHtml(html));
    expect(mainText.title).toBe('Bridge closes');
    expect(mainText.paragraphs).toHaveLength(2);
    expect(mainText.paragraphs[1]).toMatch(/^Second The council/);
  });

  it('returns no paragraphs for an empty page', () => {
    expect(extractMainText(parseHtml('<p></p>')).paragraphs).toEqual([]);
  });
});

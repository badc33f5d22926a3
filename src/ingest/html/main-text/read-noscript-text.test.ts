import { describe, expect, it } from 'vitest';
import { parseHtml } from '../parse-html.js';
import { readNoscriptText } from './read-noscript-text.js';

const sentence =
  'The council voted on Tuesday to close the old bridge to heavy lorries, citing cracks in its piers. ';

describe('readNoscriptText', () => {
  it("reads the paragraphs of a <noscript> holding an article's worth of text, byline left out", () => {
    const html = `<html><body><script type="text/template"><p>${sentence}</p></script><noscript>
      <p class="byline-author">Posted by Jo Smith</p><p>${sentence.repeat(3)}</p><p>Engineers ${sentence.repeat(3)}</p>
      </noscript></body></html>`;
    expect(readNoscriptText(parseHtml(html))).toEqual([
      sentence.repeat(3).trim(),
      `Engineers ${sentence.repeat(3).trim()}`,
    ]);
  });

  it('reads nothing from a short notice or a tracking pixel', () => {
    const html = `<html><body><noscript><p>Please enable JavaScript to see the comments.</p></noscript>
      <noscript><img src="pixel.gif"></noscript><p>${sentence}</p></body></html>`;
    expect(readNoscriptText(parseHtml(html))).toEqual([]);
  });
});

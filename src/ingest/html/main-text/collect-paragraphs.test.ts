import { describe, expect, it } from 'vitest';
import { parseHtml } from '../parse-html.js';
import { collectParagraphs, normalizeWhitespace } from './collect-paragraphs.js';

const bodyOf = (html: string) => parseHtml(html).body;

describe('collectParagraphs', () => {
  it('makes one paragraph per block element, in order', () => {
    expect(
      collectParagraphs(bodyOf('<div><h2>Sub</h2><p>One.</p><ul><li>a</li><li>b</li></ul></div>')),
    ).toEqual(['Sub', 'One.', 'a', 'b']);
  });

  it('joins inline elements into their paragraph without gluing words', () => {
    expect(
      collectParagraphs(bodyOf('<p>The <a href="#">quick</a> <b>brown</b>\n fox.</p><p>Next</p>')),
    ).toEqual(['The quick brown fox.', 'Next']);
  });

  it('breaks a paragraph at a line break', () => {
    expect(collectParagraphs(bodyOf('<p>first line<br>second line</p>'))).toEqual([
      'first line',
      'second line',
    ]);
  });

  it('leaves out scripts, styles and empty blocks', () => {
    expect(collectParagraphs(bodyOf('<p>text</p><script>var x;</script><style>p{}</style><p> </p>'))).toEqual(
      ['text'],
    );
  });

  it('walks 100,000 nested elements without overflowing the stack', () => {
    const depth = 100_000;
    const root = bodyOf('<div></div>');
    // Built node by node: the parser itself is not under test here.
    const document = root.ownerDocument;
    let parent: Element = root;
    for (let i = 0; i < depth; i++) parent = parent.appendChild(document.createElement('div'));
    parent.appendChild(document.createTextNode('deep'));
    expect(collectParagraphs(root)).toEqual(['deep']);
  });
});

describe('normalizeWhitespace', () => {
  it('collapses runs of white space, no-break spaces included, and trims', () => {
    expect(normalizeWhitespace('\n a\u00a0 b\t')).toBe('a b');
  });
});

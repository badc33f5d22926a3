import { describe, expect, it } from 'vitest';
import { parseHtml } from '../parse-html.js';
import { collectBlocks, normalizeText } from './collect-blocks.js';

const blocksOf = (html: string) => collectBlocks(parseHtml(html).body);
const textsOf = (html: string) => blocksOf(html).map((block) => block.text);

describe('collectBlocks', () => {
  it('makes one block per block element, in order', () => {
    expect(textsOf('<div><h2>Sub</h2><p>One.</p><ul><li>a</li><li>b</li></ul></div>')).toEqual([
      'Sub',
      'One.',
      'a',
      'b',
    ]);
  });

  it('joins inline elements into their block without gluing words', () => {
    expect(textsOf('<p>The <a href="#">quick</a> <b>brown</b>\n fox.</p><p>Next</p>')).toEqual([
      'The quick brown fox.',
      'Next',
    ]);
  });

  it('breaks a block at a line break', () => {
    expect(textsOf('<p>first line<br>second line</p>')).toEqual(['first line', 'second line']);
  });

  it('leaves out scripts, styles and empty blocks', () => {
    expect(textsOf('<p>text</p><script>var x;</script><style>p{}</style><p> </p>')).toEqual(['text']);
  });

  it('composes letters a page writes with combining marks', () => {
    expect(textsOf('<p>Der Sitz wurde gepru&#x308;ft.</p>')).toEqual(['Der Sitz wurde geprüft.']);
  });

  it('leaves out MathML, whose text is the formula and its TeX source', () => {
    const math =
      '<math><mi>N</mi><annotation encoding="application/x-tex">{\\displaystyle N}</annotation></math>';
    expect(textsOf(`<p>Given a set of ${math} objects</p>`)).toEqual(['Given a set of objects']);
  });

  it('counts the characters inside links', () => {
    expect(blocksOf('<p>Read more: <a href="/x">Storm <b>hits</b> coast</a></p>')[0]?.linkLength).toBe(16);
  });

  it('records the block tag, the enclosing tags and their class and id words', () => {
    const [block] = blocksOf('<figure class="Photo"><figcaption id="cap">A dog</figcaption></figure>');
    expect(block).toMatchObject({
      tag: 'FIGCAPTION',
      ancestors: ['FIGURE', 'BODY'],
      hints: ['cap', 'photo', ''],
    });
    expect(block?.path).toEqual([2, 1, 0]);
  });

  it("leaves out the page builder Elementor's layout classes, whose 'widget' says nothing of the text", () => {
    const [block] = blocksOf(
      '<div class="elementor-element elementor-widget intro"><div class="elementor-widget-container"><p>A dog</p></div></div>',
    );
    expect(block?.hints).toEqual(['', '', 'intro', '']);
  });

  it('stops after the most elements it was given, and says so', () => {
    const size = { elements: 0, depth: 0, isTruncated: false };
    const blocks = collectBlocks(parseHtml('<p>one</p><p>two</p><p>three</p>').body, {
      size,
      maxElements: 3,
    });
    expect(blocks.map((block) => block.text)).toEqual(['one', 'two']);
    expect(size).toEqual({ elements: 3, depth: 1, isTruncated: true });
  });

  it('walks 100,000 nested elements without overflowing the stack', () => {
    const root = parseHtml('<div></div>').body;
    const document = root.ownerDocument;
    let parent: Element = root;
    for (let i = 0; i < 100_000; i++) parent = parent.appendChild(document.createElement('div'));
    parent.appendChild(document.createTextNode('deep'));
    expect(collectBlocks(root).map((block) => block.text)).toEqual(['deep']);
  });
});

describe('normalizeText', () => {
  it('collapses runs of white space, no-break spaces included, and trims', () => {
    expect(normalizeText('\n a\u00a0 b\t')).toBe('a b');
  });

  it('composes a letter written with a combining mark', () => {
    expect(normalizeText('gepru\u0308ft')).toBe('geprüft');
  });
});

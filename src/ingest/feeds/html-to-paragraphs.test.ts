import { describe, expect, it } from 'vitest';
import { htmlToParagraphs, htmlToText } from './html-to-paragraphs.js';

describe('htmlToParagraphs', () => {
  it('makes each block element a paragraph', () => {
    expect(
      htmlToParagraphs('<h2>Head</h2><p>One <b>bold</b> word.</p><ul><li>a</li><li>b</li></ul>'),
    ).toEqual(['Head', 'One bold word.', 'a', 'b']);
  });

  it('drops scripts, styles and iframes', () => {
    expect(
      htmlToParagraphs('<p>Kept</p><script>var x = 1;</script><style>p{}</style><iframe src="x"></iframe>'),
    ).toEqual(['Kept']);
  });

  it('breaks paragraphs at <br> and folds white space', () => {
    expect(htmlToParagraphs('Line   one<br>\n  Line two<br><br>')).toEqual(['Line one', 'Line two']);
  });

  it('reads text outside any block and inside nested divs', () => {
    expect(htmlToParagraphs('Loose text<div><div><p>Inner</p></div>tail</div>')).toEqual([
      'Loose text',
      'Inner',
      'tail',
    ]);
  });

  it('decodes HTML entities, a no-break space folding like any white space', () => {
    expect(htmlToParagraphs('<p>caf&eacute; &amp; more&nbsp;here</p>')).toEqual(['café & more here']);
  });
});

describe('htmlToText', () => {
  it('joins paragraphs with spaces', () => {
    expect(htmlToText('<p>One.</p><p>Two.</p>')).toBe('One. Two.');
  });

  it('leaves text without markup or entities as it is, white space folded', () => {
    expect(htmlToText('  plain \n text ')).toBe('plain text');
  });
});

import { describe, expect, it } from 'vitest';
import { scanMarkup } from './scan-markup.js';

describe('scanMarkup', () => {
  it('reads start, self-closing and end tags with their attributes and lines', () => {
    const { tokens, problems } = scanMarkup('<A x="1">\n<B y=\'two\' />\n</A>');
    expect(problems).toEqual([]);
    expect(tokens.filter((token) => token.kind !== 'text')).toEqual([
      { kind: 'open', name: 'A', attributes: { x: '1' }, isSelfClosing: false, line: 1 },
      { kind: 'open', name: 'B', attributes: { y: 'two' }, isSelfClosing: true, line: 2 },
      { kind: 'close', name: 'A', line: 3 },
    ]);
  });

  it('reads attributes written with spaces around "="', () => {
    const { tokens } = scanMarkup('<Sentence date = "20080804" id ="AFP_4">');
    expect(tokens[0]).toMatchObject({ attributes: { date: '20080804', id: 'AFP_4' } });
  });

  it('drops comments across lines, "<!---" ones too, and counts their lines', () => {
    const { tokens } = scanMarkup('<!---\n<Sentence id="x"/>\n-->\n<B/>');
    expect(tokens.filter((token) => token.kind === 'open')).toEqual([
      { kind: 'open', name: 'B', attributes: {}, isSelfClosing: true, line: 4 },
    ]);
  });

  it('drops the XML declaration', () => {
    const { tokens } = scanMarkup("<?xml version='1.0'?><A/>");
    expect(tokens).toEqual([{ kind: 'open', name: 'A', attributes: {}, isSelfClosing: true, line: 1 }]);
  });

  it('decodes the predefined entities and character references but expands no other entity', () => {
    const { tokens } = scanMarkup('<T a="&quot;x&quot;">AT&amp;T &#233; &#x41; &custom;</T>');
    expect(tokens[0]).toMatchObject({ attributes: { a: '"x"' } });
    expect(tokens[1]).toEqual({ kind: 'text', text: 'AT&T é A &custom;', line: 1 });
  });

  it('keeps CDATA as text', () => {
    const { tokens } = scanMarkup('<T><![CDATA[a < b]]></T>');
    expect(tokens[1]).toEqual({ kind: 'text', text: 'a < b', line: 1 });
  });

  it('reports an unclosed comment and skips the rest', () => {
    const { tokens, problems } = scanMarkup('<A/>\n<!-- open\n<B/>');
    expect(tokens).toHaveLength(2);
    expect(problems).toEqual([
      { line: 2, message: 'a comment is not closed: the rest of the file is skipped' },
    ]);
  });

  it('reports a tag it cannot read, and goes on', () => {
    const { tokens, problems } = scanMarkup('<A x=1/><B/>');
    expect(problems).toEqual([{ line: 1, message: 'unreadable attributes "x=1" in <A>' }]);
    expect(tokens).toEqual([{ kind: 'open', name: 'B', attributes: {}, isSelfClosing: true, line: 1 }]);
  });
});

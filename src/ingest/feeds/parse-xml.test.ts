import { describe, expect, it } from 'vitest';
import { InputError } from '../input-error.js';
import { parseXml, rawElementText } from './parse-xml.js';

function errorOf(text: string): InputError {
  try {
    parseXml(text);
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected the document to be refused');
}

const BILLION_LAUGHS = `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<rss version="2.0"><channel><title>&lol9;</title></channel></rss>`;

const XXE = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE rss [
  <!ENTITY secret SYSTEM "file:///etc/passwd">
]>
<rss version="2.0"><channel><title>&secret;</title></channel></rss>`;

describe('parseXml', () => {
  it('refuses a billion-laughs document, naming the DOCTYPE line', () => {
    const error = errorOf(BILLION_LAUGHS);
    expect(error.message).toMatch(/declares entities in its DOCTYPE/);
    expect(error.line).toBe(2);
  });

  it('refuses an XXE document with a SYSTEM entity', () => {
    const error = errorOf(XXE);
    expect(error.message).toMatch(/declares entities in its DOCTYPE/);
    expect(error.line).toBe(2);
  });

  it('refuses a DOCTYPE with entities placed after the root element opens', () => {
    const text = `<rss><channel>\n<!DOCTYPE x [<!ENTITY a "b">]>\n<title>&a;</title></channel></rss>`;
    expect(errorOf(text).line).toBe(2);
  });

  it('refuses a lower-case doctype with entities too', () => {
    expect(errorOf(`<!doctype rss [<!ENTITY a "b">]><rss/>`).message).toMatch(/declares entities/);
  });

  it('refuses a DOCTYPE whose quoted identifier never closes', () => {
    expect(errorOf(`<!DOCTYPE rss PUBLIC "x [<!ENTITY a "b">]><rss/>`)).toBeInstanceOf(InputError);
  });

  it('refuses an internal subset without entities, saying what it is', () => {
    expect(errorOf(`<!DOCTYPE rss [<!ELEMENT rss ANY>]><rss/>`).message).toMatch(/internal DTD subset/);
  });

  it('accepts a DOCTYPE that only names an external DTD, as RSS 0.91 feeds do', () => {
    const text = `<?xml version="1.0"?>
<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">
<rss version="0.91"><channel><title>Old</title></channel></rss>`;
    expect(parseXml(text).rootName).toBe('rss');
  });

  it('does not take a DOCTYPE quoted in CDATA or a comment for a real one', () => {
    const text = `<rss><!-- <!DOCTYPE x [<!ENTITY a "b">]> --><channel><description><![CDATA[<!DOCTYPE x [<!ENTITY a "b">]>]]></description></channel></rss>`;
    expect(parseXml(text).rootName).toBe('rss');
  });

  it('decodes standard and numeric entities in text and attributes', () => {
    const { root } = parseXml(`<a t="x &amp; y"><b>Tom &amp; Jerry &lt;3 &#8217; &#x2019; &quot;</b></a>`);
    expect(root['@t']).toBe('x & y');
    expect((root.b as Array<Record<string, unknown>>)[0]?.['#text']).toBe('Tom & Jerry <3 ’ ’ "');
  });

  it('reads a document with a bare ampersand leniently and says where it is not well-formed', () => {
    const document = parseXml('<rss>\n<channel>\n<title>A & B</title></channel></rss>');
    expect(document.rootName).toBe('rss');
    expect(document.malformed?.line).toBe(3);
  });

  it('throws an InputError with a line for text with no element', () => {
    const error = errorOf('just words');
    expect(error.message).toMatch(/not well-formed XML/);
    expect(error.line).toBe(1);
  });
});

describe('rawElementText', () => {
  it.each([
    ['&lt;p&gt;Hi &amp;amp; bye&lt;/p&gt;', '<p>Hi &amp; bye</p>'],
    ['<![CDATA[<p>Hi &amp; bye</p>]]>', '<p>Hi &amp; bye</p>'],
    [
      '<div xmlns="http://www.w3.org/1999/xhtml"><p>One</p></div>',
      '<div xmlns="http://www.w3.org/1999/xhtml"><p>One</p></div>',
    ],
    ['  plain words  ', 'plain words'],
  ])('reads %s as %s', (raw, text) => {
    expect(rawElementText(raw)).toBe(text);
  });
});

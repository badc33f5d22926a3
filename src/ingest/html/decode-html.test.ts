import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { charsetParameter, decodeHtml } from './decode-html.js';

const page = (head: string, body: string) => `<html><head>${head}</head><body><p>${body}</p></body></html>`;

describe('decodeHtml', () => {
  it('reads UTF-8 without any declaration', () => {
    const decoded = decodeHtml(Buffer.from(page('', 'Zürich – “talks”'), 'utf8'));
    expect(decoded).toMatchObject({ charset: 'utf-8', source: 'sniffed' });
    expect(decoded.html).toContain('Zürich – “talks”');
  });

  it('decodes windows-1252 declared in a meta element', () => {
    const bytes = iconv.encode(page('<meta charset="windows-1252">', '“Café”'), 'windows-1252');
    const decoded = decodeHtml(bytes);
    expect(decoded).toMatchObject({ charset: 'windows-1252', source: 'meta' });
    expect(decoded.html).toContain('“Café”');
  });

  it('reads ISO-8859-1 as windows-1252, as browsers do', () => {
    const bytes = iconv.encode(
      page('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">', '“x”'),
      'windows-1252',
    );
    expect(decodeHtml(bytes).html).toContain('“x”');
  });

  it('decodes Shift_JIS and GBK named by the HTTP header', () => {
    const japanese = iconv.encode(page('', '東京で会談'), 'shift_jis');
    expect(decodeHtml(japanese, 'text/html; charset=Shift_JIS').html).toContain('東京で会談');
    const chinese = iconv.encode(page('', '北京会谈'), 'gbk');
    expect(decodeHtml(chinese, 'text/html;charset="gbk"')).toMatchObject({
      charset: 'gbk',
      source: 'header',
    });
    expect(decodeHtml(chinese, 'text/html;charset="gbk"').html).toContain('北京会谈');
  });

  it('lets the HTTP header win over the meta element', () => {
    const bytes = iconv.encode(page('<meta charset="utf-8">', 'Łódź'), 'iso-8859-2');
    expect(decodeHtml(bytes, 'text/html; charset=iso-8859-2').html).toContain('Łódź');
  });

  it('lets a byte order mark win over everything declared', () => {
    const bytes = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from(page('<meta charset="koi8-r">', 'Zürich')),
    ]);
    expect(decodeHtml(bytes, 'text/html; charset=shift_jis')).toMatchObject({
      charset: 'utf-8',
      source: 'bom',
    });
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(page('', 'Zürich'), 'utf-16le')]);
    expect(decodeHtml(utf16).html).toContain('Zürich');
  });

  it('reads UTF-8 bytes as UTF-8 when the page wrongly declares latin-1', () => {
    const decoded = decodeHtml(Buffer.from(page('<meta charset="iso-8859-1">', 'Zürich'), 'utf8'));
    expect(decoded.html).toContain('Zürich');
    expect(decoded.warning).toMatch(/declared iso-8859-1 in the meta, but the bytes are UTF-8/);
  });

  it('falls back to windows-1252 when a page declared UTF-8 is not', () => {
    const decoded = decodeHtml(iconv.encode(page('<meta charset="utf-8">', 'Café'), 'windows-1252'));
    expect(decoded.html).toContain('Café');
    expect(decoded).toMatchObject({ charset: 'windows-1252', warning: expect.stringMatching(/not UTF-8/) });
  });

  it('says when a declared charset is unknown and sniffs instead', () => {
    const decoded = decodeHtml(Buffer.from(page('<meta charset="klingon-8">', 'plain')));
    expect(decoded).toMatchObject({
      charset: 'utf-8',
      warning: 'unknown charset "klingon-8" declared in the meta',
    });
  });

  it('refuses an empty page', () => {
    expect(() => decodeHtml(Buffer.alloc(0))).toThrow('empty page');
  });
});

describe('charsetParameter', () => {
  it.each([
    ['text/html; charset=UTF-8', 'UTF-8'],
    ['text/html;charset="windows-1251"', 'windows-1251'],
    ['text/html', undefined],
  ])('reads %s', (header, expected) => {
    expect(charsetParameter(header)).toBe(expected);
  });
});

import { describe, expect, it } from 'vitest';
import { parseDictionaryCode } from './parse-dictionary-code.js';

describe('parseDictionaryCode', () => {
  it.each([
    ['---', { active: null, passive: null }],
    ['0231', { active: '0231', passive: null }],
    ['042:043', { active: '042', passive: '043' }],
    [':173', { active: null, passive: '173' }],
  ])('reads [%s]', (text, code) => {
    expect(parseDictionaryCode(text)).toEqual({ code });
  });

  it('drops a trailing "!" with a note (CAMEO.2.0.txt line 5787: [080!])', () => {
    expect(parseDictionaryCode('080!')).toEqual({
      code: { active: '080', passive: null },
      note: 'dropped the "!" of "[080!]"',
    });
  });

  it.each(['', 'ABC', '12345', ':'])('refuses [%s]', (text) => {
    expect(parseDictionaryCode(text)).toHaveProperty('error');
  });
});

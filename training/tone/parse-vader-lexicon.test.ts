import { describe, expect, it } from 'vitest';
import { parseVaderLexicon } from './parse-vader-lexicon.js';

describe('parseVaderLexicon', () => {
  it('reads the token and its mean valence, with the line', () => {
    const text =
      'good\t1.9\t0.9434\t[2, 1, 1, 3, 2, 4, 2, 2, 1, 1]\nwar\t-2.9\t1.3\t[-3, -3, -4, -1, -4, -2, -4, -1, -3, -4]\n';
    expect(parseVaderLexicon(text).entries).toEqual([
      { token: 'good', meanValence: 1.9, line: 1 },
      { token: 'war', meanValence: -2.9, line: 2 },
    ]);
  });

  it('skips blank lines and rejects a line without a number', () => {
    const parsed = parseVaderLexicon('\r\nodd\tx\t1\t[]\r\nok\t1.2\t0.4\t[]\r\n');
    expect(parsed.entries).toEqual([{ token: 'ok', meanValence: 1.2, line: 3 }]);
    expect(parsed.rejected).toEqual([
      { line: 2, text: 'odd\tx\t1\t[]', message: 'expected a token and its mean valence, tab-separated' },
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { readActorDictionary } from '../../training/actors/read-actor-dictionary.js';
import { readDiscards, withoutXmlComments } from './load-validation-dictionaries.js';

describe('withoutXmlComments', () => {
  it('blanks comments across lines and keeps the line numbers', () => {
    const text = 'A [AAA]\n<!-- one\n# two -->\n<! -- misspelt -->\nB [BBB]';
    expect(withoutXmlComments(text)).toBe('A [AAA]\n\n\n\nB [BBB]');
  });

  it('lets the actor reader read a file with a comment block', () => {
    const text = '<!-- \n#  NOTE\n# -->\nARNOR_  [ARN]\nGONDOR [GON]\n+MINAS_TIRITH';
    const { entries, problems } = readActorDictionary(withoutXmlComments(text));
    expect(problems).toEqual([]);
    expect(entries.map((entry) => [entry.phrase, entry.line, entry.synonyms])).toEqual([
      ['ARNOR_', 4, []],
      ['GONDOR', 5, ['MINAS_TIRITH']],
    ]);
  });
});

describe('readDiscards', () => {
  it('reads one lower-case phrase a line, without comments or the story-level "+"', () => {
    const text = '# a comment\nMONTHS LATER\n+World Golf Championships   # pas\nAFRICAN NATIONS CUP ;AB\n\n';
    expect(readDiscards(text)).toEqual(['months later', 'world golf championships', 'african nations cup']);
  });
});

import { describe, expect, it } from 'vitest';
import type { VaderEntry } from './parse-vader-lexicon.js';
import { selectToneWords } from './select-tone-words.js';

const entry = (token: string, meanValence: number, line = 1): VaderEntry => ({ token, meanValence, line });

describe('selectToneWords', () => {
  it('sorts words by the sign of their mean valence, counting a weak rating as the raters gave it', () => {
    const selected = selectToneWords(
      [entry('war', -2.9), entry('good', 1.9), entry('fighters', -0.2), entry('bad', -2.5)],
      new Set(),
    );
    expect(selected.positive).toEqual(['good']);
    expect(selected.negative).toEqual(['bad', 'fighters', 'war']);
  });

  it.each([
    ['an emoticon', ':-)'],
    ['a phrase', 'fed up'],
    ['a word with digits', 'gr8'],
    ['a word in capitals', 'LOL'],
  ])('leaves out %s', (_, token) => {
    const selected = selectToneWords([entry(token, 1.5)], new Set());
    expect(selected.positive).toEqual([]);
    expect(selected.dropped).toEqual([{ token, line: 1, reason: 'not a word' }]);
  });

  it('keeps a hyphenated compound', () => {
    expect(selectToneWords([entry('short-sighted', -1.4)], new Set()).negative).toEqual(['short-sighted']);
  });

  it('leaves out negation words, which the tone stage reads as negations', () => {
    const selected = selectToneWords([entry('no', -1.2)], new Set(['no']));
    expect(selected.negative).toEqual([]);
    expect(selected.dropped).toEqual([{ token: 'no', line: 1, reason: 'negation word' }]);
  });

  it('lists a word given twice with one sign once, and leaves out a word given with both', () => {
    const selected = selectToneWords(
      [entry('ok', 1.6, 1), entry('ok', 1.2, 2), entry('odd', 0.5, 3), entry('odd', -0.5, 4)],
      new Set(),
    );
    expect(selected.positive).toEqual(['ok']);
    expect(selected.dropped).toEqual([{ token: 'odd', line: 3, reason: 'both positive and negative' }]);
  });
});

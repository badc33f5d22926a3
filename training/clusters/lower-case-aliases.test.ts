import { describe, expect, it } from 'vitest';
import { chooseVocabulary } from './choose-vocabulary.js';
import { lowerCaseAliases } from './lower-case-aliases.js';

describe('lowerCaseAliases', () => {
  it('points a lower-cased key at its most frequent case variant', () => {
    const vocabulary = chooseVocabulary(
      new Map([
        ['NATO', 9],
        ['Nato', 4],
      ]),
      2,
    );
    expect(lowerCaseAliases(vocabulary, ['01', '10'])).toEqual([{ word: 'nato', path: '01' }]);
  });

  it('adds nothing for a word that has its own lower-case entry', () => {
    const vocabulary = chooseVocabulary(
      new Map([
        ['May', 9],
        ['may', 4],
      ]),
      2,
    );
    expect(lowerCaseAliases(vocabulary, ['01', '10'])).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { chooseVocabulary } from './choose-vocabulary.js';

describe('chooseVocabulary', () => {
  it('keeps frequent case variants apart', () => {
    const vocabulary = chooseVocabulary(
      new Map([
        ['US', 5],
        ['us', 4],
      ]),
      3,
    );
    expect(vocabulary.words).toEqual(['US', 'us']);
  });

  it('pools rare case variants under the lower-cased form', () => {
    const vocabulary = chooseVocabulary(
      new Map([
        ['Tanks', 2],
        ['TANKS', 1],
        ['the', 9],
      ]),
      3,
    );
    expect(vocabulary.words).toEqual(['the', 'tanks']);
    expect(vocabulary.unitOf.get('Tanks')).toBe(1);
    expect(vocabulary.unitOf.get('TANKS')).toBe(1);
    expect(vocabulary.exactUnits).toBe(1);
  });

  it('leaves out words too rare even when pooled', () => {
    const vocabulary = chooseVocabulary(new Map([['Zyx', 1]]), 2);
    expect(vocabulary.words).toEqual([]);
  });
});

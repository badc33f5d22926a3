import { describe, expect, it } from 'vitest';
import { candidatePatterns, patternIndex } from './pattern-index.js';
import { shippedVerbDictionary } from './verb-dictionary.js';

describe('candidatePatterns', () => {
  const dictionary = shippedVerbDictionary();
  const blocks = [...dictionary.blocks].sort((a, b) => b.patterns.length - a.patterns.length).slice(0, 20);

  /** The patterns every required word of which has a spelling in `present`, tried one by one. */
  const byScan = (required: readonly (readonly (readonly string[])[])[], present: ReadonlySet<string>) =>
    required.flatMap((words, position) =>
      words.every((spellings) => spellings.some((spelling) => present.has(spelling))) ? [position] : [],
    );

  it('finds, in the list order, exactly the patterns whose required words the clause holds', () => {
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    let compared = 0;
    for (const block of blocks) {
      const index = patternIndex(block.patterns, dictionary.synsets);
      const spellings = [...new Set(index.required.flat(2))];
      for (let round = 0; round < 50; round++) {
        // Clauses holding a few of the block's pattern words, and words of no pattern.
        const present = new Set(['the', 'minister', 'said']);
        for (let n = 0; n < 1 + (round % 8); n++)
          present.add(spellings[Math.floor(next() * spellings.length)] ?? '');
        const candidates = candidatePatterns(index, present);
        expect(candidates).toEqual(byScan(index.required, present));
        compared += candidates.length;
      }
    }
    // The clauses were made to match something: a test of empty lists would prove nothing.
    expect(compared).toBeGreaterThan(100);
  });

  it('keeps the patterns that require no word for every clause, and builds each index once', () => {
    const withAlways = dictionary.blocks.filter(
      (block) => patternIndex(block.patterns, dictionary.synsets).always.length > 0,
    );
    expect(withAlways.length).toBeGreaterThan(0);
    for (const block of withAlways) {
      const index = patternIndex(block.patterns, dictionary.synsets);
      expect(patternIndex(block.patterns, dictionary.synsets)).toBe(index);
      expect(candidatePatterns(index, new Set())).toEqual(index.always);
      expect(candidatePatterns(index, new Set(['the']))).toEqual(byScan(index.required, new Set(['the'])));
    }
  });
});

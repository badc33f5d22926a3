import { describe, expect, it } from 'vitest';
import { documentContexts, neighbourHash, neighboursElsewhere } from './document-contexts.js';

const document = [
  ['Pirelli', 'shares', 'rose', '.'],
  ['Analysts', 'praised', 'Pirelli', "'s", 'cables', 'division', '.'],
  ['PIRELLI', 'GAINS'],
  ['Rome', 'said', 'so', '.'],
];

function elsewhere(side: 'before' | 'after', word: string, own: string | undefined): number[] {
  const found: number[] = [];
  neighboursElsewhere(documentContexts(document)[side], word, neighbourHash(own), (hash) => found.push(hash));
  return found.sort();
}

describe('documentContexts', () => {
  it('gathers the neighbours of a capitalized word wherever it occurs, by its lower-case form', () => {
    expect(elsewhere('after', 'pirelli', undefined)).toEqual(
      ['shares', "'s", 'gains'].map(neighbourHash).sort(),
    );
  });

  it("leaves out the occurrence's own neighbour once", () => {
    expect(elsewhere('after', 'pirelli', 'shares')).toEqual(["'s", 'gains'].map(neighbourHash).sort());
    expect(elsewhere('before', 'pirelli', 'praised')).toEqual([neighbourHash(undefined)]);
  });

  it('gives nothing for words that occur once or are written in lower case', () => {
    expect(elsewhere('after', 'rome', undefined)).toEqual([]);
    expect(elsewhere('before', 'shares', undefined)).toEqual([]);
  });
});

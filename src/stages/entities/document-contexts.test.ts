import { describe, expect, it } from 'vitest';
import { contextKey, documentContexts, visitContextsElsewhere } from './document-contexts.js';

const document = [
  ['Pirelli', 'shares', 'rose', '.'],
  ['Analysts', 'praised', 'Pirelli', "'s", 'cables', 'division', '.'],
  ['PIRELLI', 'GAINS'],
  ['Rome', 'said', 'so', '.'],
];
const contexts = documentContexts(document);

function elsewhere(s: number, i: number): number[] {
  const found: number[] = [];
  const words = document[s] as string[];
  visitContextsElsewhere(contexts, words, i, (words[i] as string).toLowerCase(), (key) => found.push(key));
  return found.sort();
}

function keysOf(s: number, i: number, offsets: number[]): number[] {
  return offsets.map((offset) => contextKey(document[s] as string[], i, offset)).sort();
}

describe('documentContexts', () => {
  it('gives a capitalized word the words around it elsewhere in the document, whatever its case there', () => {
    expect(elsewhere(0, 0)).toEqual(
      [...keysOf(1, 2, [-2, -1, 1, 2]), ...keysOf(2, 0, [-2, -1, 1, 2])].sort(),
    );
  });

  it("counts the same context at two places once less for the word's own", () => {
    // "Pirelli" opens two of its three sentences: each of those sees the other's edge, once.
    const edgeBefore = contextKey(['x'], 0, -1);
    expect(elsewhere(2, 0).filter((key) => key === edgeBefore)).toHaveLength(1);
    expect(elsewhere(1, 2).filter((key) => key === edgeBefore)).toHaveLength(1);
  });

  it('gives nothing to words that occur once or are written in lower case', () => {
    expect(elsewhere(3, 0)).toEqual([]);
    expect(elsewhere(0, 1)).toEqual([]);
  });
});

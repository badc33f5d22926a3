import { describe, expect, it } from 'vitest';
import { isSameQuotation, matchQuotations } from './match-quotations.js';

const span = (start: number, end: number) => ({ start, end });

describe('isSameQuotation', () => {
  it.each([
    [span(0, 10), span(0, 10), true],
    [span(0, 10), span(5, 15), true],
    [span(0, 10), span(0, 21), false],
    [span(0, 10), span(0, 20), true],
    [span(0, 10), span(10, 20), false],
  ])('%o and %o: %s', (a, b, expected) => {
    expect(isSameQuotation(a, b)).toBe(expected);
  });
});

describe('matchQuotations', () => {
  it('matches one to one, the pairs that share most first', () => {
    const matching = matchQuotations([span(0, 10), span(12, 20)], [], [span(2, 10), span(0, 10)]);
    expect(matching.goldToPredicted).toEqual([1, -1]);
    expect(matching.roles).toEqual(['unmatched', 'matched']);
  });

  it('matches a split quotation given whole, or given piece by piece without counting the second piece', () => {
    const split = { ...span(0, 40), parts: [span(0, 12), span(28, 40)] };
    expect(matchQuotations([split], [], [span(0, 40)]).matchedBy).toEqual(['span']);
    const byPiece = matchQuotations([split], [], [span(0, 12), span(28, 40)]);
    expect(byPiece.matchedBy).toEqual(['part']);
    expect(byPiece.roles).toEqual(['matched', 'absorbed']);
  });

  it('matches a fragment given as the clause around it', () => {
    const fragment = { ...span(30, 40), clause: span(10, 41) };
    const matching = matchQuotations([fragment], [], [span(10, 41)]);
    expect(matching.goldToPredicted).toEqual([0]);
    expect(matching.matchedBy).toEqual(['clause']);
  });

  it('takes a prediction that matches no quotation but a term as quoting the term', () => {
    const matching = matchQuotations(
      [span(0, 10)],
      [span(50, 60), span(70, 80)],
      [span(50, 60), span(90, 95)],
    );
    expect(matching.termHits).toEqual([[0], []]);
    expect(matching.roles).toEqual(['term', 'unmatched']);
  });
});

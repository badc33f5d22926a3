import { describe, expect, it } from 'vitest';
import { countShingles, matchShingles, scoreShingles, tokenizeWords } from './score-shingles.js';

describe('tokenizeWords', () => {
  it.each([
    ["Zürich's 3rd-quarter", ['Zürich', 's', '3rd', 'quarter']],
    ['foo_bar baz', ['foo_bar', 'baz']],
    ['nai\u0308ve', ['nai', 've']],
    ['  — … ', []],
  ])('splits %j into its runs of word characters', (text, tokens) => {
    expect(tokenizeWords(text)).toEqual(tokens);
  });
});

describe('countShingles', () => {
  it('makes one shingle per window of four tokens', () => {
    expect([...countShingles('a b c d e')]).toEqual([
      ['a b c d', 1],
      ['b c d e', 1],
    ]);
  });

  it('makes one shorter shingle of a text under four tokens', () => {
    expect([...countShingles('Hello, world!')]).toEqual([['Hello world', 1]]);
  });

  it('makes no shingle of a text without tokens', () => {
    expect(countShingles('...').size).toBe(0);
  });
});

describe('matchShingles', () => {
  it('divides the counts by their sum', () => {
    expect(matchShingles('a b c d e', 'a b c d')).toEqual({ tp: 0.5, fp: 0, fn: 0.5 });
  });

  it('counts repeated shingles with their multiplicity', () => {
    // truth: xyzw twice, yzwx, zwxy, wxyz; prediction: xyzw once -> tp 1, fn 4
    const counts = matchShingles('x y z w x y z w', 'x y z w');
    expect(counts.tp).toBeCloseTo(0.2);
    expect(counts.fp).toBe(0);
    expect(counts.fn).toBeCloseTo(0.8);
  });

  it('keeps case, so a case change is a miss', () => {
    expect(matchShingles('one two', 'One two')).toEqual({ tp: 0, fp: 0.5, fn: 0.5 });
  });

  it('gives all zeros when both texts are empty', () => {
    expect(matchShingles('', '')).toEqual({ tp: 0, fp: 0, fn: 0 });
  });
});

describe('scoreShingles', () => {
  it('averages precision over pages with a prediction and recall over all pages with a truth', () => {
    const scores = scoreShingles([
      { tp: 0.5, fp: 0, fn: 0.5 }, // precision 1, recall 0.5
      { tp: 0, fp: 0, fn: 1 }, // empty prediction: no precision, recall 0
      { tp: 0.25, fp: 0.75, fn: 0 }, // precision 0.25, recall 1
    ]);
    expect(scores.precision).toBeCloseTo(0.625);
    expect(scores.recall).toBeCloseTo(0.5);
    expect(scores.f1).toBeCloseTo(0.625 / 1.125);
    expect(scores.pages).toBe(3);
  });

  it('scores a perfect page 1 for both', () => {
    expect(scoreShingles([matchShingles('a b c d e', 'a, b. c d e')])).toMatchObject({
      precision: 1,
      recall: 1,
      f1: 1,
    });
  });
});

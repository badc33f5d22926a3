import { describe, expect, it } from 'vitest';
import { countSegments, normalizeSpace, scoreSegments } from './score-segments.js';

const page = { with: ['the cat  sat', 'dog ran'], without: ['Subscribe now', 'sat on'] };

describe('normalizeSpace', () => {
  it('turns runs of white space, no-break spaces included, into one space and trims', () => {
    expect(normalizeSpace(' a\u00a0\n\tb  c\u2009d ')).toBe('a b c d');
  });
});

describe('countSegments', () => {
  it('finds segments across line breaks once white space is normalised', () => {
    expect(countSegments(page, 'The intro.\nthe cat\nsat on the mat')).toEqual({
      tp: 1,
      fp: 1,
      fn: 1,
      tn: 1,
    });
  });

  it('is case-sensitive', () => {
    expect(countSegments(page, 'THE CAT SAT. Dog ran.')).toEqual({ tp: 0, fp: 0, fn: 2, tn: 2 });
  });

  it('finds nothing in the output of an extractor that failed', () => {
    expect(countSegments(page, undefined)).toEqual({ tp: 0, fp: 0, fn: 2, tn: 2 });
  });
});

describe('scoreSegments', () => {
  it('sums the counts over pages before dividing', () => {
    const scores = scoreSegments([
      { tp: 1, fp: 1, fn: 1, tn: 1 },
      { tp: 3, fp: 0, fn: 1, tn: 1 },
    ]);
    expect(scores).toMatchObject({ tp: 4, fp: 1, fn: 2, tn: 2 });
    expect(scores.precision).toBeCloseTo(0.8);
    expect(scores.recall).toBeCloseTo(4 / 6);
    expect(scores.f1).toBeCloseTo(8 / 11);
  });

  it('scores 0 rather than dividing by zero', () => {
    expect(scoreSegments([])).toMatchObject({ precision: 0, recall: 0, f1: 0 });
  });
});

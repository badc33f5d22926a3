import { describe, expect, it } from 'vitest';
import { sliceSpan, spanContains } from './span.js';

describe('sliceSpan', () => {
  it('returns the text from start up to, not including, end', () => {
    expect(sliceSpan('Israel and Russia', { start: 11, end: 17 })).toBe('Russia');
  });

  it('counts an emoji as two code units', () => {
    expect(sliceSpan('\u{1F680} Putin', { start: 3, end: 8 })).toBe('Putin');
  });
});

describe('spanContains', () => {
  it.each([
    [{ start: 0, end: 10 }, { start: 2, end: 5 }, true],
    [{ start: 0, end: 10 }, { start: 0, end: 10 }, true],
    [{ start: 0, end: 10 }, { start: 10, end: 10 }, true],
    [{ start: 0, end: 10 }, { start: 5, end: 11 }, false],
    [{ start: 2, end: 10 }, { start: 1, end: 5 }, false],
  ])('says whether %o contains %o: %s', (outer, inner, contains) => {
    expect(spanContains(outer, inner)).toBe(contains);
  });
});

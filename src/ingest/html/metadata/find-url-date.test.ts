import { describe, expect, it } from 'vitest';
import { findUrlDate } from './find-url-date.js';

const now = new Date('2024-01-01T00:00:00Z');

describe('findUrlDate', () => {
  it.each([
    ['https://example.com/2018/06/17/title/', '2018-06-17'],
    ['https://example.com/news/2018-6-7-title', '2018-06-07'],
    ['https://example.com/20180617/title.html', '2018-06-17'],
  ])('reads the date in %s', (url, expected) => {
    expect(findUrlDate(url, now)).toBe(expected);
  });

  it('gives nothing for a year and month alone', () => {
    expect(findUrlDate('https://example.com/2018/06/title', now)).toBeUndefined();
  });

  it('ignores digits in the host name', () => {
    expect(findUrlDate('https://20180617.example.com/title', now)).toBeUndefined();
  });

  it('gives nothing for a date that does not exist or lies ahead', () => {
    expect(findUrlDate('https://example.com/2018/02/30/title', now)).toBeUndefined();
    expect(findUrlDate('https://example.com/2025/01/01/title', now)).toBeUndefined();
  });
});

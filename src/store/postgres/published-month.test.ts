import { describe, expect, it } from 'vitest';
import { publishedMonth } from './published-month.js';

describe('publishedMonth', () => {
  it.each([
    ['2018-06-17', '2018-06-01'],
    ['2018-07-01T09:30:00Z', '2018-07-01'],
    ['2018-07-01T00:30:00+02:00', '2018-07-01'],
    ['', '-infinity'],
    ['2018-13-01', '-infinity'],
    ['0000-01-01', '-infinity'],
    ['June 2018', '-infinity'],
  ])('puts an article published %s in the month of %s', (publishedAt, month) => {
    expect(publishedMonth(publishedAt)).toBe(month);
  });
});

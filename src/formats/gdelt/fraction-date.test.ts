import { describe, expect, it } from 'vitest';
import { fractionDate } from './fraction-date.js';

describe('fractionDate', () => {
  it.each([
    ['2019-01-25', 2019.0685],
    ['2018-01-01', 2018.0027],
    ['2018-12-31', 2018.9999],
    ['2020-12-31', 2020.9999],
  ])('%s is %d', (date, fraction) => {
    expect(fractionDate(date)).toBe(fraction);
  });
});

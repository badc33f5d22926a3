import { describe, expect, it } from 'vitest';
import { dayRange, withEmptyPeriods } from './date-histogram.js';

describe('withEmptyPeriods', () => {
  it('puts the months without articles between the first and the last, at zero', () => {
    const filled = withEmptyPeriods(
      [
        { value: '2018-11', count: 2 },
        { value: '2019-02', count: 1 },
      ],
      'month',
    );
    expect(filled).toEqual([
      { value: '2018-11', count: 2 },
      { value: '2018-12', count: 0 },
      { value: '2019-01', count: 0 },
      { value: '2019-02', count: 1 },
    ]);
  });

  it('fills days across the end of a month', () => {
    const filled = withEmptyPeriods(
      [
        { value: '2018-06-29', count: 1 },
        { value: '2018-07-02', count: 3 },
      ],
      'day',
    );
    expect(filled.map((day) => day.value)).toEqual(['2018-06-29', '2018-06-30', '2018-07-01', '2018-07-02']);
  });
});

describe('dayRange', () => {
  it.each([
    ['2018-06-17', 'day', ['2018-06-17', '2018-06-17']],
    ['2018-02', 'month', ['2018-02-01', '2018-02-28']],
    ['2020-02', 'month', ['2020-02-01', '2020-02-29']],
  ] as const)('gives %s (%s) the days %j', (value, interval, range) => {
    expect(dayRange(value, interval)).toEqual(range);
  });
});

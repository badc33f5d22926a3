import { describe, expect, it } from 'vitest';
import { DistinctCounts } from './count-distinct.js';

describe('DistinctCounts', () => {
  it('counts each article once per value, most held first, ties by value', () => {
    const counts = new DistinctCounts();
    for (const [value, article] of [
      ['RUS', 1],
      ['RUS', 1],
      ['ISR', 2],
      ['RUS', 2],
      ['IRN', 3],
      ['ISR', 3],
      [null, 4],
      ['Z', 4],
      ['B', 4],
    ] as const) {
      counts.add(value, article);
    }
    expect(counts.top(10)).toEqual([
      { value: 'ISR', count: 2 },
      { value: 'RUS', count: 2 },
      { value: 'B', count: 1 },
      { value: 'IRN', count: 1 },
      { value: 'Z', count: 1 },
    ]);
    expect(counts.top(1)).toEqual([{ value: 'ISR', count: 2 }]);
  });

  it('orders by code units as SQL does, capitals before small letters', () => {
    const counts = new DistinctCounts();
    counts.add('b', 1);
    counts.add('B', 2);
    counts.add('a', 3);
    expect(counts.top(3).map((row) => row.value)).toEqual(['B', 'a', 'b']);
  });
});

import { describe, expect, it } from 'vitest';
import { planFold } from './plan-fold.js';

const spans = [
  { id: 'march', first_seen: '2022-03-01', last_seen: '2022-03-02' },
  { id: 'april', first_seen: '2022-04-10', last_seen: '2022-04-10' },
  { id: 'may', first_seen: '2022-05-01', last_seen: '2022-05-03' },
  { id: 'undated', first_seen: null, last_seen: null },
];

describe('planFold', () => {
  it('touches only the event within two days of a changed date, and reads its span', () => {
    expect(planFold(spans, new Set(['2022-03-04']))).toEqual({
      ids: ['march'],
      from: '2022-03-01',
      to: '2022-03-04',
      undated: false,
    });
  });

  it('touches no event for a date far from all of them', () => {
    expect(planFold(spans, new Set(['2022-06-01']))).toEqual({
      ids: [],
      from: '2022-06-01',
      to: '2022-06-01',
      undated: false,
    });
  });

  it('refolds an event lying between two changed ones', () => {
    expect(planFold(spans, new Set(['2022-03-03', '2022-05-04'])).ids).toEqual(['march', 'april', 'may']);
  });

  it('touches the undated event for an undated change only', () => {
    expect(planFold(spans, new Set([null]))).toEqual({
      ids: ['undated'],
      from: null,
      to: null,
      undated: true,
    });
  });
});

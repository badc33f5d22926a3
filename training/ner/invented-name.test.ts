import { describe, expect, it } from 'vitest';
import { seededRandom } from '../clusters/seeded-random.js';
import { inventedName } from './invented-name.js';

describe('inventedName', () => {
  it('gives the same names for the same seed', () => {
    const names = (seed: number) => {
      const random = seededRandom(seed);
      return Array.from({ length: 5 }, () => inventedName(random));
    };
    expect(names(2)).toEqual(names(2));
  });

  it('gives one capitalised word of letters', () => {
    const random = seededRandom(1);
    for (let k = 0; k < 20; k++) expect(inventedName(random)).toMatch(/^[A-Z][a-z]+$/);
  });
});

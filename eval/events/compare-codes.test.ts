import { describe, expect, it } from 'vitest';
import { createCodeComparison } from './compare-codes.js';

const { actorCode, countryOf, countryTuple, fullTuple } = createCodeComparison(
  new Set(['USA', 'RUS', 'PSE', 'SYR', 'EUR']),
);

describe('createCodeComparison', () => {
  it.each([
    ['USAGOV', 'USAGOV'],
    ['usagov', 'USAGOV'],
    [null, '---'],
    ['', '---'],
    ['---', '---'],
    ['~GOV', '---GOV'],
    ['REB', '---REB'],
    ['IGOUNO', 'IGOUNO'],
  ])('normalises the actor code %s to %s', (code, expected) => {
    expect(actorCode(code)).toBe(expected);
  });

  it.each([
    ['USA', 'USA'],
    ['USAGOV', 'USA'],
    ['PSEGZA', 'PSE'],
    ['EUR', 'EUR'],
    ['---REB', '---'],
    ['REB', '---'],
    [null, '---'],
    ['IGOUNO', 'IGOUNO'],
    ['IGOUNOMIL', 'IGOUNOMIL'],
    ['IMGMUSISI', 'IMGMUSISI'],
    ['ARN', 'ARN'],
  ])('takes the country of %s as %s', (code, expected) => {
    expect(countryOf(code)).toBe(expected);
  });

  it('compares (source country, target country, root) and full codes', () => {
    const event = { source: 'RUSGOV', target: null, code: '0352' };
    expect(countryTuple(event)).toEqual(['RUS', '---', '03']);
    expect(fullTuple(event)).toEqual(['RUSGOV', '---', '0352']);
  });
});

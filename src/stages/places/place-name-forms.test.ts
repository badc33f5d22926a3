import { describe, expect, it } from 'vitest';
import { placeNameForms } from './place-name-forms.js';

/** Each form as `key [start,end) kinds`. */
function forms(text: string): string[] {
  return placeNameForms(text).map(
    (form) => `${form.key} [${form.start},${form.end})${form.kinds ? ` ${form.kinds.join('|')}` : ''}`,
  );
}

describe('placeNameForms', () => {
  it('reads "southern Syria" as written first, then as Syria', () => {
    expect(forms('southern Syria')).toEqual(['southern syria [0,14)', 'syria [9,14)']);
  });

  it('keeps a name that begins with a compass word whole first ("South Sudan")', () => {
    expect(forms('South Sudan')[0]).toBe('south sudan [0,11)');
  });

  it('strips "north-eastern" and "Northeast" as well', () => {
    expect(forms('north-eastern Nigeria')[1]).toBe('nigeria [14,21)');
    expect(forms('Northeast Syria')[1]).toBe('syria [10,15)');
  });

  it('leaves the possessive out of the name', () => {
    expect(forms('Russia’s')).toEqual(['russia [0,6)']);
    expect(forms("Iran's")).toEqual(['iran [0,4)']);
  });

  it('reads "Borno State" as Borno, a region or the city it is named after', () => {
    expect(forms('Borno State')).toEqual(['borno state [0,11)', 'borno [0,5) region|city']);
  });

  it('reads "Gaza City" as a city only', () => {
    expect(forms('Gaza City')).toEqual(['gaza city [0,9)', 'gaza [0,4) city']);
  });

  it('reads an AP state abbreviation as the state', () => {
    expect(forms('Ala.')).toEqual(['alabama [0,4) region']);
  });
});

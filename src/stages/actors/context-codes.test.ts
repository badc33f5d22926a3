import { describe, expect, it } from 'vitest';
import { loadActorDictionary } from './actor-dictionary.js';
import { metonymCode } from './metonyms.js';
import { organisationCode } from './organisation-code.js';
import { titleCode } from './title-code.js';

const dictionary = loadActorDictionary();
const words = (text: string) => (text === '' ? [] : text.split(' '));

describe('titleCode', () => {
  it.each([
    ['Russian President', 'RUSGOV'],
    ['US Secretary of State', 'USAGOV'],
    ['Russia ’s Defense Minister', 'RUSGOVMIL'],
    ['Israeli Prime Minister', 'ISRGOV'],
    ['German Health Minister', 'DEUGOV'],
  ])('codes a person introduced as "%s" %s', (before, code) => {
    expect(titleCode(dictionary, words(before), '2018-06-17')).toBe(code);
  });

  it.each([['Prime Minister'], ['said'], ['']])(
    'gives no code after "%s", which names no country',
    (before) => {
      expect(titleCode(dictionary, words(before), '2018-06-17')).toBeUndefined();
    },
  );
});

describe('organisationCode', () => {
  it('codes a military police MIL: the military outranks the police', () => {
    expect(
      organisationCode(
        dictionary,
        words('the head of Russia ’s'),
        words('Military Police Directorate'),
        '2018-06-17',
      ),
    ).toBe('RUSMIL');
  });

  it('codes a police directorate COP, with the country before "head of"', () => {
    expect(
      organisationCode(dictionary, words('Russian head of'), words('Police Directorate'), '2018-06-17'),
    ).toBe('RUSCOP');
  });

  it('takes the country from the start of the name', () => {
    expect(organisationCode(dictionary, [], words('Russian Police'), '2018-06-17')).toBe('RUSCOP');
  });

  it('codes a ministry GOV whatever sector its name gives ("Ministry of Environment and Tourism")', () => {
    expect(
      organisationCode(dictionary, [], words('Mongolian Ministry of Environment and Tourism'), '2019-01-17'),
    ).toBe('MNGGOV');
  });

  it.each([['Tunisian trade ministry'], ['Tunisian Ministry of Labour']])(
    'codes a ministry whose name holds a union word GOV, not LAB: %s',
    (name) => {
      expect(organisationCode(dictionary, [], words(name), '2023-03-01')).toBe('TUNGOV');
    },
  );

  it('gives no code without a country', () => {
    expect(
      organisationCode(dictionary, words('the'), words('Military Police Directorate'), '2018-06-17'),
    ).toBeUndefined();
  });
});

describe('metonymCode', () => {
  it.each([
    ['the Kremlin', 'RUSGOV'],
    ['White House', 'USAGOV'],
    ['Pentagon', 'USAMIL'],
    ['Downing Street', 'GBRGOV'],
    ['Elysee', 'FRAGOV'],
  ])('codes %s %s', (text, code) => {
    expect(metonymCode(words(text))).toBe(code);
  });
});

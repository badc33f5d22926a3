import { describe, expect, it } from 'vitest';
import { loadActorDictionary } from './actor-dictionary.js';
import { bankScopeRole, bankTitleRole } from './bank-title-role.js';

const dictionary = loadActorDictionary();
const words = (text: string) => text.split(' ');

describe('bankTitleRole', () => {
  it('reads "Governor" after "Bank of" and a country as a central bank governor', () => {
    const before = words('Bank of Sierra Leone Governor');
    expect(bankTitleRole(dictionary, before, before.length - 1)).toBe('GOVBUS');
  });

  it('reads "Governor" right after "Bank" the same way', () => {
    const before = words('Reserve Bank Governor');
    expect(bankTitleRole(dictionary, before, before.length - 1)).toBe('GOVBUS');
  });

  it('gives no role to a governor after a province', () => {
    const before = words('Western Cape Governor');
    expect(bankTitleRole(dictionary, before, before.length - 1)).toBeUndefined();
  });

  it('gives no role to a governor after lower-case words following "Bank of"', () => {
    const before = words('Bank of the west Governor');
    expect(bankTitleRole(dictionary, before, before.length - 1)).toBeUndefined();
  });
});

describe('bankScopeRole', () => {
  it.each([['the governor of Banque du Maroc'], ['governor of the Bank of Sierra Leone']])(
    'reads "%s" as a central bank governor',
    (title) => {
      expect(bankScopeRole(dictionary, words(title))?.role).toBe('GOVBUS');
    },
  );

  it('gives no role to a governor of a province or of a bank named in lower case', () => {
    expect(bankScopeRole(dictionary, words('the governor of Western Cape'))).toBeUndefined();
    expect(bankScopeRole(dictionary, words('the governor of a bank'))).toBeUndefined();
  });
});

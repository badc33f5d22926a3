import { describe, expect, it } from 'vitest';
import { loadActorDictionary } from './actor-dictionary.js';
import { bankTitleRole } from './bank-title-role.js';

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

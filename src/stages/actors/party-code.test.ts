import { describe, expect, it } from 'vitest';
import { isPartyName, isPartyTitle, partyCode } from './party-code.js';

const words = (text: string) => text.split(' ');

describe('party codes', () => {
  it.each([
    'Labour',
    'Labour Party',
    'Liberal Democrats',
    'Pheu Thai Party',
    'Greens',
    'Democratic Alliance',
  ])('reads "%s" as a party', (name) => {
    expect(isPartyName(words(name))).toBe(true);
  });

  it.each([
    'Nigeria Labour Congress',
    'labour',
    'Democratic Alliance Congress',
    'National Teachers Alliance',
  ])('reads "%s" as no party', (name) => {
    expect(isPartyName(words(name))).toBe(false);
  });

  it('takes a party before "leader" or after "leader of the" for a party title', () => {
    expect(isPartyTitle(words('Labour leader'))).toBe(true);
    expect(isPartyTitle(words('Liberal Democrat leader'))).toBe(true);
    expect(isPartyTitle(words('the leader of the Labour Party'))).toBe(true);
    expect(isPartyTitle(words('the leader of the rebels'))).toBe(false);
    expect(isPartyTitle(words('Army leader'))).toBe(false);
  });

  it('codes a party outside the government as the opposition of its country', () => {
    expect(partyCode('GBR')).toBe('GBROPP');
    expect(partyCode(undefined)).toBeUndefined();
  });
});

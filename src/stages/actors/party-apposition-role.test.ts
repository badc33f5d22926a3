import { describe, expect, it } from 'vitest';
import { partyAppositionRole } from './party-apposition-role.js';
import { createTokenContext } from './token-context.js';

const tokensOf = (text: string) =>
  [...text.matchAll(/[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    pos: '',
    lemma: '',
  }));

function roleOf(text: string, name: string) {
  const start = text.indexOf(name);
  return partyAppositionRole({ start, end: start + name.length }, createTokenContext(text, tokensOf(text)));
}

describe('partyAppositionRole', () => {
  it('reads a name between "opposition" and "party" as the opposition', () => {
    expect(roleOf('The opposition Pachakutik party said the vote was rigged.', 'Pachakutik')).toBe('OPP');
  });

  it('reads a name set off before or after "the main opposition party" as the opposition', () => {
    expect(roleOf('The Civic Front, the main opposition party, said no.', 'Civic Front')).toBe('OPP');
    expect(roleOf('The main opposition party, Ukweli, said no.', 'Ukweli')).toBe('OPP');
  });

  it('reads "the ruling party" set off beside a name as the government', () => {
    expect(roleOf('Ukweli, the ruling party, said no.', 'Ukweli')).toBe('GOV');
  });

  it('gives nothing to a name set off beside other words', () => {
    expect(roleOf('Ukweli, a charity, said no.', 'Ukweli')).toBeUndefined();
    expect(roleOf('The party of Ukweli said no.', 'Ukweli')).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { plainTokens } from '../plain-tokens.js';
import { createTokenContext } from './token-context.js';
import { unionAppositionRole } from './union-apposition-role.js';

function roleOf(text: string, name: string): 'LAB' | undefined {
  const start = text.indexOf(name);
  return unionAppositionRole(
    { start, end: start + name.length },
    createTokenContext(text, plainTokens(text)),
  );
}

describe('unionAppositionRole', () => {
  it.each([
    [
      'Mircea Ionescu, who leads the Nurses Alliance, the biggest of the unions on strike, said so.',
      'Nurses Alliance',
    ],
    ['The union behind the walkout, Solidaridad, said talks had failed.', 'Solidaridad'],
    ['Verdi, a union representing bus drivers, said talks had failed.', 'Verdi'],
  ])('calls the name a union in "%s"', (text, name) => {
    expect(roleOf(text, name)).toBe('LAB');
  });

  it.each([
    ['Ana Costa, a union member, said talks had failed.', 'Ana Costa'],
    ['Ana Costa, a union leader, said talks had failed.', 'Ana Costa'],
    ['Brussels, seat of the European Union, said nothing.', 'Brussels'],
    ['A lawyer for the union, Rui Gomes, said the ban was illegal.', 'Rui Gomes'],
  ])('gives no role in "%s"', (text, name) => {
    expect(roleOf(text, name)).toBeUndefined();
  });
});

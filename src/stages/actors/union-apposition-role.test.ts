import { describe, expect, it } from 'vitest';
import { createTokenContext } from './token-context.js';
import { unionAppositionRole } from './union-apposition-role.js';

const tokensOf = (text: string) =>
  [...text.matchAll(/[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    pos: '',
    lemma: '',
  }));

function roleOf(text: string, name: string) {
  const start = text.indexOf(name);
  return unionAppositionRole({ start, end: start + name.length }, createTokenContext(text, tokensOf(text)));
}

describe('unionAppositionRole', () => {
  it('reads a name set off after "the union …" as a union', () => {
    expect(roleOf('The union behind the walkout, Sindimar, said talks had failed.', 'Sindimar')).toBe('LAB');
  });

  it('reads a name with "the … union" set off after it as a union', () => {
    expect(roleOf('Sindimar, the largest dock union, said talks had failed.', 'Sindimar')).toBe('LAB');
  });

  it('reads a name set off beside "the largest of the unions" as a union', () => {
    expect(roleOf('Sindimar, the largest of the unions on strike, said talks had failed.', 'Sindimar')).toBe(
      'LAB',
    );
  });

  it('gives nothing to a name set off beside a union that is not its own or beside a name', () => {
    expect(
      roleOf('The head of the union, Rosa Mamani, said talks had failed.', 'Rosa Mamani'),
    ).toBeUndefined();
    expect(roleOf('The European Union, Sindimar, said talks had failed.', 'Sindimar')).toBeUndefined();
    expect(roleOf('Sindimar, a charity, said talks had failed.', 'Sindimar')).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import type { Token } from '../../document/annotations.js';
import { createActorDictionary } from './actor-dictionary.js';
import { describedRoles } from './described-roles.js';

const dictionary = createActorDictionary({
  actors: [],
  agents: [
    { words: ['governor'], roleCode: 'GOV' },
    { words: ['central', 'bank', 'governor'], roleCode: 'GOVBUS' },
    { words: ['central', 'bank'], roleCode: 'GOVBUS' },
    { words: ['provincial', 'governor'], roleCode: 'GOV' },
    { words: ['defence', 'minister'], roleCode: 'GOVMIL' },
    { words: ['health', 'minister'], roleCode: 'GOVHLH' },
  ],
});

function rolesOf(text: string): Map<string, string | null> {
  const tokens: Token[] = [...text.matchAll(/\S+/g)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    pos: '',
    lemma: '',
  }));
  return describedRoles(text, tokens, dictionary);
}

describe('describedRoles', () => {
  it('gives a title written out without a name the role of its last word', () => {
    expect(rolesOf('Central bank governor says rates will rise').get('governor')).toBe('GOVBUS');
  });

  it('skips a title followed by a name: it is that person’s', () => {
    expect(rolesOf('Defence Minister Hulusi Akar said').get('minister')).toBeUndefined();
  });

  it('maps a last word that titles of two roles share to null', () => {
    expect(rolesOf('the defence minister and the health minister met').get('minister')).toBeNull();
  });

  it('gives the governor the role of a central bank written out without its title', () => {
    expect(rolesOf('Chile’s central bank raised rates on Tuesday').get('governor')).toBe('GOVBUS');
  });

  it('maps the governor to null when the article also writes out a governor of another role', () => {
    expect(rolesOf('the central bank and the provincial governor disagreed').get('governor')).not.toBe(
      'GOVBUS',
    );
  });

  it('drops a portfolio as office roles do', () => {
    expect(rolesOf('the health minister said').get('minister')).toBe('GOV');
  });
});

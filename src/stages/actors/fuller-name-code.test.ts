import { describe, expect, it } from 'vitest';
import type { CorefChain } from '../../document/annotations.js';
import { fullerNameCode } from './fuller-name-code.js';

function person(id: string, name: string): CorefChain {
  return { id, name, type: 'PERSON', mentions: [{ start: 0, end: name.length, text: name, kind: 'name' }] };
}

describe('fullerNameCode', () => {
  const fuller = person('chain-1', 'Li Qiang');
  const surname = person('chain-2', 'Li');

  it('gives a one-word name the code of the one coded person whose name holds it', () => {
    const codes = new Map([
      [fuller, 'CHNGOV'],
      [surname, undefined],
    ]);
    expect(fullerNameCode(surname, codes)).toBe('CHNGOV');
  });

  it('gives nothing when two people with different codes share the word', () => {
    const other = person('chain-3', 'Li Ming');
    const codes = new Map<CorefChain, string | undefined>([
      [fuller, 'CHNGOV'],
      [other, 'CHNMIL'],
      [surname, undefined],
    ]);
    expect(fullerNameCode(surname, codes)).toBeUndefined();
  });

  it('gives nothing to a name of two words, or for an organisation of that word', () => {
    const organisation: CorefChain = { ...person('chain-4', 'Li Group'), type: 'ORG' };
    expect(fullerNameCode(person('chain-5', 'Li Wei'), new Map([[fuller, 'CHNGOV']]))).toBeUndefined();
    expect(fullerNameCode(surname, new Map([[organisation, 'CHNBUS']]))).toBeUndefined();
  });
});

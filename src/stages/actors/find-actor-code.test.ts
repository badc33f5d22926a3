import { describe, expect, it } from 'vitest';
import { createActorDictionary } from './actor-dictionary.js';
import { isPastOfficeCode } from './find-actor-code.js';

const dictionary = createActorDictionary({
  actors: [
    {
      id: 'test:JENS_STOLTENBERG',
      name: 'Jens Stoltenberg',
      variants: [['Jens', 'Stoltenberg']],
      codes: [{ code: 'NORGOV', from: '2005-10-17', to: '2013-10-16' }, { code: 'NORELI' }],
      sources: ['test'],
    },
    {
      id: 'test:ANNA_BERG',
      name: 'Anna Berg',
      variants: [['Anna', 'Berg']],
      codes: [{ code: 'SWEELI' }],
      sources: ['test'],
    },
  ],
  agents: [],
});

describe('isPastOfficeCode', () => {
  it('is true after every dated office has ended and the default code applies', () => {
    expect(isPastOfficeCode(dictionary, ['Jens', 'Stoltenberg'], '2019-04-04')).toBe(true);
  });

  it('is false on a date one of the dated offices covers', () => {
    expect(isPastOfficeCode(dictionary, ['Jens', 'Stoltenberg'], '2010-01-01')).toBe(false);
  });

  it('is false for a person the dictionary knows only by an undated code', () => {
    expect(isPastOfficeCode(dictionary, ['Anna', 'Berg'], '2019-04-04')).toBe(false);
  });

  it('is false without a date', () => {
    expect(isPastOfficeCode(dictionary, ['Jens', 'Stoltenberg'], undefined)).toBe(false);
  });
});

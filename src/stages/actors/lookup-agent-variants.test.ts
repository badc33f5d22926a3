import { describe, expect, it } from 'vitest';
import { loadActorDictionary } from './actor-dictionary.js';
import { lookupAgentVariants } from './lookup-agent-variants.js';

const dictionary = loadActorDictionary();

describe('lookupAgentVariants', () => {
  it('finds an agent noun written in British spelling and the plural ("Defence Forces")', () => {
    expect(lookupAgentVariants(dictionary, ['Defence', 'Forces'])).toBe(
      lookupAgentVariants(dictionary, ['defense', 'force']),
    );
    expect(lookupAgentVariants(dictionary, ['Defence', 'Forces'])).toMatch(/MIL/);
  });

  it('finds nothing for words that are no agent noun in any spelling', () => {
    expect(lookupAgentVariants(dictionary, ['Garden', 'Parties'])).toBeUndefined();
  });
});

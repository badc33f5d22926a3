import { describe, expect, it } from 'vitest';
import type { EntityMention } from '../../document/annotations.js';
import { wholeOrganisationNames } from './whole-organisation-names.js';

function mention(text: string, name: string, type: EntityMention['type'], from = 0): EntityMention {
  const start = text.indexOf(name, from);
  return { text: name, type, start, end: start + name.length };
}

const names = (found: EntityMention[]) => found.map((each) => `${each.type} ${each.text}`);

describe('wholeOrganisationNames', () => {
  it('runs a place the tagger cut out of a company name on to the name found in full later', () => {
    const text =
      'Sierra Nevada Gold, which owns the pit, said output fell. A lawyer for Sierra Nevada Gold spoke.';
    const found = wholeOrganisationNames(text, [
      mention(text, 'Sierra Nevada', 'LOCATION'),
      mention(text, 'Sierra Nevada Gold', 'ORG', 40),
    ]);
    expect(names(found)).toEqual(['ORG Sierra Nevada Gold', 'ORG Sierra Nevada Gold']);
  });

  it('runs a one-word organisation on to the fuller organisation its words begin', () => {
    const text = 'Mekong Timber said it would appeal. Mekong Timber employs 900 people.';
    const found = wholeOrganisationNames(text, [
      mention(text, 'Mekong', 'ORG'),
      mention(text, 'Mekong Timber', 'ORG', 10),
    ]);
    expect(names(found)).toEqual(['ORG Mekong Timber', 'ORG Mekong Timber']);
  });

  it('leaves a place whose next words are not the organisation', () => {
    const text = 'Floods hit Mekong villages. Mekong Timber said it would help.';
    const found = wholeOrganisationNames(text, [
      mention(text, 'Mekong', 'LOCATION'),
      mention(text, 'Mekong Timber', 'ORG'),
    ]);
    expect(names(found)).toEqual(['LOCATION Mekong', 'ORG Mekong Timber']);
  });

  it('leaves a name followed by another mention of its own', () => {
    const text = 'Lima Port Authority staff met. Lima Port said it would reopen.';
    const found = wholeOrganisationNames(text, [
      mention(text, 'Lima', 'LOCATION'),
      mention(text, 'Port Authority', 'ORG'),
      mention(text, 'Lima Port', 'ORG', 20),
    ]);
    expect(names(found)).toEqual(['LOCATION Lima', 'ORG Port Authority', 'ORG Lima Port']);
  });
});

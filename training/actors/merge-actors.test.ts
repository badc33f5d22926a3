import { describe, expect, it } from 'vitest';
import { joinWords, mergeActors } from './merge-actors.js';
import type { DictionaryEntry } from './read-actor-dictionary.js';
import type { WikidataHead } from './read-wikidata-heads.js';

const NETANYAHU: DictionaryEntry = {
  phrase: 'BENJAMIN_NETANYAHU_',
  line: 10,
  synonyms: ['NETANYAHU'],
  codes: [
    { code: 'ISRGOV', from: '1996-06-18', to: '1999-07-06' },
    { code: 'ISRGOV', from: '2009-04-01' },
    { code: 'ISRELI' },
  ],
};
const UN = (line: number): DictionaryEntry => ({
  phrase: 'THE_UNITED_NATIONS_',
  line,
  synonyms: [],
  codes: [{ code: 'IGOUNO' }],
});
const HEAD: WikidataHead = {
  qid: 'Q43723',
  names: ['Benjamin Netanyahu'],
  codes: [
    { code: 'ISRGOV', from: '1996-06-18', to: '1999-07-06' },
    { code: 'ISRGOV', from: '2009-03-31', to: '2021-06-13' },
    { code: 'ISRGOV', from: '2022-12-29' },
  ],
  countryCodes: ['ISR'],
};
const titleCase = (words: readonly string[]) =>
  words.map((word) => word.charAt(0) + word.slice(1).toLowerCase());

describe('mergeActors', () => {
  const { actors, counts } = mergeActors(
    [
      { file: 'Countries.txt', entries: [NETANYAHU] },
      { file: 'International.txt', entries: [UN(1), UN(2)] },
    ],
    // The namesake comes first: the country, not the order, decides.
    [{ qid: 'Q9', names: ['Benjamin Netanyahu'], codes: [], countryCodes: ['USA'] }, HEAD],
    titleCase,
  );
  const actor = (id: string) => actors.find((candidate) => candidate.id === id);

  it('merges a head with the Phoenix person of the same name and country', () => {
    expect(actor('wikidata:Q43723')).toMatchObject({
      name: 'Benjamin Netanyahu',
      wikidataId: 'Q43723',
      variants: [['Benjamin', 'Netanyahu'], ['Netanyahu']],
      sources: ['wikidata:Q43723', 'Countries.txt:10'],
    });
    expect(actor('phoenix:BENJAMIN_NETANYAHU')).toBeUndefined();
    expect(counts.mergedHeads).toBe(1);
  });

  it('ends an open Phoenix code where the Wikidata term it starts ends, and drops repeated codes', () => {
    expect(actor('wikidata:Q43723')?.codes).toEqual([
      { code: 'ISRGOV', from: '1996-06-18', to: '1999-07-06' },
      { code: 'ISRGOV', from: '2009-04-01', to: '2021-06-13' },
      { code: 'ISRELI' },
      { code: 'ISRGOV', from: '2009-03-31', to: '2021-06-13' },
      { code: 'ISRGOV', from: '2022-12-29' },
    ]);
    expect(counts.closedPhoenixCodes).toBe(1);
  });

  it('keeps a namesake from another country apart', () => {
    expect(actor('wikidata:Q9')).toMatchObject({ variants: [['Benjamin', 'Netanyahu']], codes: [] });
  });

  it('joins a repeated Phoenix entry to the first and adds names without a leading "the"', () => {
    expect(actor('phoenix:THE_UNITED_NATIONS')).toEqual({
      id: 'phoenix:THE_UNITED_NATIONS',
      name: 'The United Nations',
      variants: [
        ['The', 'United', 'Nations'],
        ['United', 'Nations'],
      ],
      codes: [{ code: 'IGOUNO' }],
      sources: ['International.txt:1', 'International.txt:2'],
    });
  });

  it('sorts the actors by id', () => {
    expect(actors.map((candidate) => candidate.id)).toEqual([
      'phoenix:THE_UNITED_NATIONS',
      'wikidata:Q43723',
      'wikidata:Q9',
    ]);
  });
});

describe('joinWords', () => {
  it('writes a split-off possessive and comma against the word before', () => {
    expect(joinWords(['Children', "'s", 'Fund', ',', 'Unicef'])).toBe("Children's Fund, Unicef");
  });
});

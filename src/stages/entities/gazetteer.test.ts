import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createGazetteer, type GazetteerEntry, loadGazetteer, matchGazetteer } from './gazetteer.js';

const entry = (name: string, ...categories: string[]): GazetteerEntry => ({
  words: name.split(' '),
  categories,
});

const gazetteer = createGazetteer([
  entry('Russia', 'country'),
  entry('New York', 'city'),
  entry('New York City', 'city'),
  entry('New York Times', 'org'),
  entry('Georgia', 'country', 'region'),
  entry('Benjamin Netanyahu', 'person'),
  entry('Benjamin', 'first-name'),
  entry('Osama bin Laden', 'person'),
  entry('NATO', 'org'),
  entry('WHO', 'org'),
  entry('al-Assad', 'person'),
  entry('Prime Minister', 'title'),
  entry('spokesman', 'title'),
  entry('Bosnia and Herzegovina', 'country'),
]);

/** The labels of each word, sorted: the order of a word's labels carries no meaning. */
const match = (text: string) =>
  matchGazetteer(gazetteer, text === '' ? [] : text.split(' ')).map((labels) => [...labels].sort());

describe('matchGazetteer', () => {
  it('labels a one-word name U and the words of a longer name B, I and L', () => {
    expect(match('in Russia today')).toEqual([[], ['country-U'], []]);
    expect(match('Bosnia and Herzegovina')).toEqual([['country-B'], ['country-I'], ['country-L']]);
  });

  it('takes the longest name of a category at each start', () => {
    expect(match('New York City')).toEqual([['city-B'], ['city-I'], ['city-L']]);
    expect(match('New York')).toEqual([['city-B'], ['city-L']]);
  });

  it('gives overlapping names of different categories all their labels', () => {
    expect(match('New York Times')).toEqual([['city-B', 'org-B'], ['city-L', 'org-I'], ['org-L']]);
    expect(match('Benjamin Netanyahu')).toEqual([['first-name-U', 'person-B'], ['person-L']]);
  });

  it('gives a name of two categories both labels', () => {
    expect(match('Georgia')).toEqual([['country-U', 'region-U']]);
  });

  it('needs a capital where the name has one', () => {
    expect(match('russia')).toEqual([[]]);
    expect(match('new York')).toEqual([[], []]);
    expect(match('prime minister')).toEqual([[], []]);
  });

  it('matches a lower-case word of a name in any case', () => {
    expect(match('Osama bin Laden')).toEqual([['person-B'], ['person-I'], ['person-L']]);
    expect(match('Osama Bin Laden')).toEqual([['person-B'], ['person-I'], ['person-L']]);
    expect(match('the spokesman')).toEqual([[], ['title-U']]);
    expect(match('Spokesman')).toEqual([['title-U']]);
    expect(match('Al-Assad')).toEqual([['person-U']]);
    expect(match('al-Assad')).toEqual([['person-U']]);
  });

  it('matches names in an all-caps headline', () => {
    expect(match('RUSSIA WARNS NATO OVER NEW YORK')).toEqual([
      ['country-U'],
      [],
      ['org-U'],
      [],
      ['city-B'],
      ['city-L'],
    ]);
    expect(match('OSAMA BIN LADEN')).toEqual([['person-B'], ['person-I'], ['person-L']]);
  });

  it('matches an acronym only as written', () => {
    expect(match('Who said that')).toEqual([[], [], []]);
    expect(match('Nato')).toEqual([[]]);
    expect(match('the WHO said')).toEqual([[], ['org-U'], []]);
  });

  it('does not match a name cut off by the end of the words', () => {
    expect(match('in New')).toEqual([[], []]);
    expect(match('Bosnia and')).toEqual([[], []]);
  });

  it('returns nothing for no words', () => {
    expect(match('')).toEqual([]);
  });

  it('reads a 10,000-character token without matching it', () => {
    expect(matchGazetteer(gazetteer, ['x'.repeat(10_000), 'Russia'])).toEqual([[], ['country-U']]);
  });

  it('merges the categories of a name given twice', () => {
    const merged = createGazetteer([entry('Jordan', 'country'), entry('Jordan', 'first-name')]);
    expect(matchGazetteer(merged, ['Jordan'])).toEqual([['country-U', 'first-name-U']]);
    expect(merged.nameCount).toBe(1);
  });

  it('refuses a name of more than 8 words', () => {
    expect(() => createGazetteer([entry('a b c d e f g h i', 'org')])).toThrow(/1 to 8 words/);
  });
});

const BUILT_PATH = fileURLToPath(new URL('../../../data/ner/gazetteer.json.gz', import.meta.url));
const isBuilt = existsSync(BUILT_PATH);

describe.skipIf(!isBuilt)(
  'the built gazetteer (skipped until training/gazetteer/build-gazetteer.ts has run)',
  () => {
    const built = isBuilt ? loadGazetteer() : createGazetteer([]);
    const labelsOf = (text: string) => matchGazetteer(built, text.split(' '));

    it.each([
      ['Russia', 'country-U'],
      ['Jerusalem', 'city-U'],
      ['Russian', 'demonym-U'],
      ['Shiite', 'demonym-U'],
      ['Netanyahu', 'person-U'],
      ['NATO', 'org-U'],
      ['Middle East', 'region-B'],
      ['Prime Minister', 'title-B'],
      ['Ministry', 'org-word-U'],
    ])('knows %s (%s)', (text, label) => {
      expect(labelsOf(text)[0]).toContain(label);
    });

    it('knows Benjamin Netanyahu as a person and Benjamin as a first name', () => {
      expect(labelsOf('Benjamin Netanyahu')).toEqual([
        expect.arrayContaining(['person-B', 'first-name-U']),
        expect.arrayContaining(['person-L']),
      ]);
    });
  },
);

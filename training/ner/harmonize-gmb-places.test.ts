import { describe, expect, it } from 'vitest';
import type { LabeledSentence } from '../corpora/labeled-sentence.js';
import { harmonizeGmbPlaces } from './harmonize-gmb-places.js';

const CATEGORIES: Record<string, string[]> = {
  'West Bank': ['region'],
  Thai: ['country'],
  Tehran: ['city'],
  Delta: ['city'],
  'U.N.': ['org'],
  Sunni: ['demonym'],
};
const categoriesOf = (name: string) => new Set(CATEGORIES[name] ?? []);
const sentence = (words: string[], tags: string[]): LabeledSentence => ({ words, tags, docId: 'gmb-1' });

describe('harmonizeGmbPlaces', () => {
  it('makes a region that GMB tags geo only now and then a geo everywhere', () => {
    const counted = [
      sentence(['West', 'Bank'], ['B-geo', 'I-geo']),
      sentence(['West', 'Bank'], ['B-org', 'I-org']),
      sentence(['West', 'Bank'], ['B-org', 'I-org']),
    ];
    const harmonize = harmonizeGmbPlaces(counted, categoriesOf);
    expect(harmonize(sentence(['in', 'West', 'Bank'], ['O', 'B-org', 'I-org'])).tags).toEqual([
      'O',
      'B-geo',
      'I-geo',
    ]);
  });

  it('leaves a country name that GMB never tags geo as it is ("Thai")', () => {
    const harmonize = harmonizeGmbPlaces([sentence(['Thai'], ['B-gpe'])], categoriesOf);
    expect(harmonize(sentence(['Thai'], ['B-gpe'])).tags).toEqual(['B-gpe']);
  });

  it('makes a city geo only when most of its mentions are', () => {
    const counted = [
      sentence(['Tehran'], ['B-geo']),
      sentence(['Tehran'], ['B-org']),
      sentence(['Delta'], ['B-geo']),
      sentence(['Delta'], ['B-org']),
      sentence(['Delta'], ['B-org']),
    ];
    const harmonize = harmonizeGmbPlaces(counted, categoriesOf);
    expect(harmonize(sentence(['Tehran', 'said'], ['B-org', 'O'])).tags).toEqual(['B-geo', 'O']);
    expect(harmonize(sentence(['Delta', 'flew'], ['B-org', 'O'])).tags).toEqual(['B-org', 'O']);
  });

  it('makes an organisation tagged geo an org', () => {
    const harmonize = harmonizeGmbPlaces([sentence(['U.N.'], ['B-geo'])], categoriesOf);
    expect(harmonize(sentence(['the', 'U.N.'], ['O', 'B-geo'])).tags).toEqual(['O', 'B-org']);
  });

  it('makes a religion tagged as a person a gpe', () => {
    const harmonize = harmonizeGmbPlaces([sentence(['Sunni'], ['B-per'])], categoriesOf);
    expect(harmonize(sentence(['Sunni', 'Arabs'], ['B-per', 'O'])).tags).toEqual(['B-gpe', 'O']);
  });

  it('changes only whole spans, not a place that opens a longer name', () => {
    const harmonize = harmonizeGmbPlaces([sentence(['Tehran'], ['B-geo'])], categoriesOf);
    expect(harmonize(sentence(['Tehran', 'University'], ['B-org', 'I-org'])).tags).toEqual([
      'B-org',
      'I-org',
    ]);
  });
});

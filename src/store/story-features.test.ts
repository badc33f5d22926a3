import { describe, expect, it } from 'vitest';
import { chooseStory, featureValue, storyFeatures, storySimilarity } from './story-features.js';

describe('storyFeatures', () => {
  it('takes coded actors, places by GeoNames id or folded name, and events by sides and root', () => {
    const features = storyFeatures({
      actors: [
        { id: 'actor-1', name: 'Israel', code: 'ISR', country: 'ISR', roles: [], mentions: [] },
        { id: 'actor-2', name: 'a witness', code: null, country: null, roles: [], mentions: [] },
      ],
      places: [
        {
          name: 'Gaza',
          country: 'PSE',
          lat: 31.5,
          lon: 34.47,
          featureClass: 'P',
          geonameId: 281133,
          mentions: [],
        },
        { name: 'Sderot', country: 'ISR', lat: 31.5, lon: 34.6, featureClass: 'P', mentions: [] },
      ],
    });
    expect(features).toEqual(['a:ISR', 'p:281133|Gaza', 'p:sderot|Sderot']);
    expect(features.map(featureValue)).toEqual(['ISR', 'Gaza', 'Sderot']);
  });
});

describe('storySimilarity', () => {
  it('weighs an event half as much as an actor or a place', () => {
    // Shared: two actors (1 + 1). Union: those, an event (0.5) and a place (1): 2 / 3.5.
    expect(storySimilarity(['a:ISR', 'a:PSE', 'e:ISR>PSE:19'], ['a:ISR', 'a:PSE', 'p:1|Gaza'])).toBeCloseTo(
      2 / 3.5,
      10,
    );
  });

  it('is 1 for the same features and 0 for none shared or none at all', () => {
    expect(storySimilarity(['a:ISR', 'p:1|Gaza'], ['p:1|Gaza', 'a:ISR'])).toBe(1);
    expect(storySimilarity(['a:ISR'], ['a:RUS'])).toBe(0);
    expect(storySimilarity([], [])).toBe(0);
  });
});

describe('chooseStory', () => {
  it('joins the story of the most similar candidate at or above the threshold, else none', () => {
    const candidates = [
      // Shares 1 of a weight of 4 with a new article of weight 2: 1 / 5.
      { storyId: 'weak', shared: 1, total: 4 },
      // Shares 2 of 2: 2 / 2.
      { storyId: 'strong', shared: 2, total: 2 },
    ];
    expect(chooseStory(2, candidates)).toBe('strong');
    expect(chooseStory(2, candidates.slice(0, 1))).toBeUndefined();
    expect(chooseStory(2, [])).toBeUndefined();
  });
});

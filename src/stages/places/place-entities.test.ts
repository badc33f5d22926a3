import { describe, expect, it } from 'vitest';
import type { EntityMention, EntityType } from '../../document/annotations.js';
import { findPlaceEntities } from './place-entities.js';
import { shippedPlaceGazetteer } from './place-gazetteer.js';

/** The entity of type `type` on the first occurrence of `words` in `text`. */
function entity(text: string, words: string, type: EntityType): EntityMention {
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`"${words}" is not in the test text`);
  return { text: words, start, end: start + words.length, type };
}

function placesIn(text: string, entities: EntityMention[]): string[] {
  return findPlaceEntities(text, entities, shippedPlaceGazetteer()).map((mention) => mention.text);
}

describe('findPlaceEntities', () => {
  it('reads a country or a capital the tagger typed as an organisation or a person as a place', () => {
    const text = 'Pyongyang condemned the move. Peru opened a new terminal.';
    expect(placesIn(text, [entity(text, 'Pyongyang', 'ORG'), entity(text, 'Peru', 'PERSON')])).toEqual([
      'Pyongyang',
      'Peru',
    ]);
  });

  it('leaves a person typed as a person when the name is only a city’s', () => {
    const text = 'Victoria Lopez met the minister.';
    expect(placesIn(text, [entity(text, 'Victoria Lopez', 'PERSON')])).toEqual([]);
  });

  it('splits a list of countries the tagger took for one organisation', () => {
    const text = 'Chile and Argentina renewed their talks.';
    const found = findPlaceEntities(
      text,
      [entity(text, 'Chile and Argentina', 'ORG')],
      shippedPlaceGazetteer(),
    );
    expect(found.map((mention) => [mention.text, text.slice(mention.start, mention.end)])).toEqual([
      ['Chile', 'Chile'],
      ['Argentina', 'Argentina'],
    ]);
  });

  it('runs a name the tagger cut inside a word to the end of the word', () => {
    const text = 'Migrants tried to cross near Białystok on Monday.';
    expect(
      placesIn(text, [
        { text: 'Bia', start: text.indexOf('Bia'), end: text.indexOf('Bia') + 3, type: 'LOCATION' },
      ]),
    ).toEqual(['Białystok']);
  });

  it('reads an untagged region after "in" as a place, but not a common word or a small town', () => {
    expect(placesIn('Authorities ordered ports in Guangdong to close.', [])).toEqual(['Guangdong']);
    expect(placesIn('Trains between London and Reading stopped. Work in Reading goes on.', [])).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { type ActorDictionary, createActorDictionary } from './actor-dictionary.js';
import { countryAfterName } from './country-after-name.js';
import { knownActor } from './known-actor.fixture.js';

const actor = (id: string, name: string, code: string) =>
  knownActor(id, name, code, 'Phoenix.Countries.actors.txt:1');

const dictionary: ActorDictionary = createActorDictionary({
  actors: [actor('egy', 'Egypt', 'EGY'), actor('sdn', 'Sudan', 'SDN'), actor('ssd', 'South Sudan', 'SSD')],
  agents: [],
});

describe('countryAfterName', () => {
  it('reads the country after "of" ("Sameh Shoukry of Egypt said")', () => {
    expect(countryAfterName(dictionary, ['of', 'Egypt', 'said'], '2021-06-09')).toBe('EGY');
  });

  it('takes the longest country ("of South Sudan" is not Sudan)', () => {
    expect(countryAfterName(dictionary, ['of', 'South', 'Sudan', 'said'], '2021-06-09')).toBe('SSD');
  });

  it('gives none when the country goes on into a name ("of Egypt Air")', () => {
    expect(countryAfterName(dictionary, ['of', 'Egypt', 'Air', 'said'], '2021-06-09')).toBeUndefined();
  });

  it('gives none without "of" ("Shoukry in Egypt")', () => {
    expect(countryAfterName(dictionary, ['in', 'Egypt'], '2021-06-09')).toBeUndefined();
  });
});

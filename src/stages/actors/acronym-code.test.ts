import { describe, expect, it } from 'vitest';
import { acronymCode } from './acronym-code.js';
import { type ActorDictionary, createActorDictionary } from './actor-dictionary.js';
import { knownActor } from './known-actor.fixture.js';

const actor = (id: string, name: string, code: string) =>
  knownActor(id, name, code, 'Phoenix.International.actors.txt:1');

const dictionary: ActorDictionary = createActorDictionary({
  actors: [
    actor('who', 'World Health Organization', 'IGOUNOHLHWHO'),
    actor('fao', 'Food and Agriculture Organization', 'IGOAGR'),
    actor('x1', 'International Criminal Court', 'IGOJUD'),
    actor('x2', 'International Cricket Council', 'IGOSPT'),
    actor('ngo', 'Doctors Without Borders', 'NGOHLH'),
  ],
  agents: [],
});

describe('acronymCode', () => {
  it('codes "WHO" as the World Health Organization, and "FAO" skipping "and"', () => {
    expect(acronymCode(dictionary, ['WHO'])).toBe('IGOUNOHLHWHO');
    expect(acronymCode(dictionary, ['FAO'])).toBe('IGOAGR');
  });

  it('gives no code to initials that two organisations of different codes share', () => {
    expect(acronymCode(dictionary, ['ICC'])).toBeUndefined();
  });

  it('reads only international organisations, and only words of three to six capitals', () => {
    expect(acronymCode(dictionary, ['DWB'])).toBeUndefined();
    expect(acronymCode(dictionary, ['Who'])).toBeUndefined();
    expect(acronymCode(dictionary, ['World', 'Health'])).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { type ActorDictionary, createActorDictionary } from './actor-dictionary.js';
import { knownActor } from './known-actor.fixture.js';
import { looseKey, looseNameCode } from './loose-name-code.js';

const head = (id: string, name: string, code: string, from: string) =>
  knownActor(id, name, { code, from }, 'wikidata:Q1');

const dictionary: ActorDictionary = createActorDictionary({
  actors: [
    head('z', 'Volodymyr Zelenski', 'UKRGOV', '2019-05-20'),
    head('y', 'Yoon Suk-yeol', 'KORGOV', '2022-05-10'),
    head('a', 'Abiy Ahmed Ali', 'ETHGOV', '2018-04-02'),
    head('p1', 'Ana Maria Costa', 'PRTGOV', '2010-01-01'),
    head('p2', 'Ana Maria Silva', 'BRAGOV', '2010-01-01'),
  ],
  agents: [],
});
const words = (text: string) => text.split(' ');

describe('looseNameCode', () => {
  it.each([
    ['Volodymyr Zelensky', 'UKRGOV'],
    ['Volodymyr Zelenskyy', 'UKRGOV'],
    ['Yoon Suk Yeol', 'KORGOV'],
    ['Abiy Ahmed', 'ETHGOV'],
  ])('codes "%s", a head of government written otherwise, %s', (name, code) => {
    expect(looseNameCode(dictionary, words(name), '2022-08-01')).toBe(code);
  });

  it('gives no code before the office began', () => {
    expect(looseNameCode(dictionary, words('Volodymyr Zelensky'), '2018-01-01')).toBeUndefined();
  });

  it('gives no code for one word, nor for a short name two people of different codes share', () => {
    expect(looseNameCode(dictionary, words('Zelensky'), '2022-08-01')).toBeUndefined();
    expect(looseNameCode(dictionary, words('Ana Maria'), '2022-08-01')).toBeUndefined();
  });

  it('writes names without accents, hyphens or the transliteration of "-ski"', () => {
    expect(looseKey(['Erdoğan', 'Suk-yeol', 'Zelenskyy', 'Kowalski'])).toBe(
      'erdogan suk yeol zelensky kowalsky',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { type ActorDictionary, createActorDictionary } from './actor-dictionary.js';
import { headBySurnameCode } from './head-by-surname-code.js';
import { knownActor } from './known-actor.fixture.js';

const head = (id: string, name: string, code: string, from: string, to?: string) =>
  knownActor(id, name, { code, from, ...(to ? { to } : {}) }, `wikidata:${id}`);

const dictionary: ActorDictionary = createActorDictionary({
  actors: [
    head('Q1', 'Bongbong Marcos', 'PHLGOV', '2022-06-30'),
    head('Q2', 'Rodrigo Duterte', 'PHLGOV', '2016-06-30', '2022-06-30'),
    head('Q3', 'Lena Kim', 'KORGOV', '2021-05-14', '2022-05-16'),
    head('Q4', 'Tomas Kim', 'PRKGOV', '2011-12-17'),
  ],
  agents: [],
});

describe('headBySurnameCode', () => {
  it('gives "President Ferdinand Marcos Jr." in 2022 the head in office named Marcos', () => {
    expect(headBySurnameCode(dictionary, ['President'], ['Ferdinand', 'Marcos', 'Jr.'], '2022-08-06')).toBe(
      'PHLGOV',
    );
  });

  it('gives none before the head took office', () => {
    expect(
      headBySurnameCode(dictionary, ['President'], ['Ferdinand', 'Marcos'], '2020-01-01'),
    ).toBeUndefined();
  });

  it('gives none for a title that is no head’s ("Senator Marcos")', () => {
    expect(headBySurnameCode(dictionary, ['Senator'], ['Imee', 'Marcos'], '2022-08-06')).toBeUndefined();
  });

  it('gives none for a deputy ("Deputy Prime Minister")', () => {
    expect(
      headBySurnameCode(dictionary, ['Deputy', 'Prime', 'Minister'], ['Ana', 'Marcos'], '2022-08-06'),
    ).toBeUndefined();
  });

  it('gives none when two heads in office that day share the surname', () => {
    expect(headBySurnameCode(dictionary, ['Premier'], ['Kim'], '2022-01-10')).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { headNames } from './head-names.js';

const COUNTRY_NAMES = new Set(['Jordânia', 'França', 'Reino Unido', 'Coreia do Sul']);

describe('headNames', () => {
  it.each([
    ['Benjamin Netanyahu', ['Benjamin Netanyahu']],
    ['Ernest (Toby) Lewis', ['Ernest Lewis']],
    ['William Slim, 1st Viscount Slim', ['William Slim']],
    ['Luís XIV de França', ['Luís XIV']],
    ['Talal II da Jordânia', ['Talal II']],
    ['Fulano da Coreia do Sul', ['Fulano']],
    ['Príncipe Sirik Matak Sisovath', ['Sirik Matak Sisovath']],
    ['José Eduardo dos Santos', ['José Eduardo dos Santos']],
    ['Carlos III do Reino Unido', ['Charles III', 'King Charles III', 'King Charles']],
    ['Papa Francisco', ['Pope Francis']],
  ])('names %s', (label, names) => {
    expect(headNames(label, COUNTRY_NAMES)).toEqual(names);
  });

  it.each(['Q27146606', 'Junta militar de Honduras'])('finds no name in %s', (label) => {
    expect(headNames(label, COUNTRY_NAMES)).toEqual([]);
  });
});

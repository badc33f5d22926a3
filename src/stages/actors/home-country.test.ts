import { describe, expect, it } from 'vitest';
import { plainTokens } from '../plain-tokens.js';
import { loadActorDictionary } from './actor-dictionary.js';
import { countryMentions, headlineCountry, leadingCountry } from './home-country.js';

const dictionary = loadActorDictionary();

function spanOf(text: string, words: string) {
  const start = text.indexOf(words);
  return { start, end: start + words.length };
}

describe('countryMentions', () => {
  it('does not count a place inside an organisation’s name for the article’s country', () => {
    const text = 'Uganda Breweries said prices rose in Kenya after the floods in Kenya.';
    const counts = countryMentions(dictionary, text, plainTokens(text), '2020-01-01', new Map(), [
      spanOf(text, 'Uganda Breweries'),
    ]);
    expect([...counts]).toEqual([['KEN', 2]]);
  });

  it('counts the same place written outside any organisation’s name', () => {
    const text = 'Uganda Breweries said prices rose in Uganda.';
    const counts = countryMentions(dictionary, text, plainTokens(text), '2020-01-01', new Map(), [
      spanOf(text, 'Uganda Breweries'),
    ]);
    expect([...counts]).toEqual([['UGA', 1]]);
  });

  it('counts a country named in the headline twice', () => {
    const text = 'Ecuador port strike enters second day\n\nDockers met Chile’s envoy on Monday.';
    const headline = spanOf(text, 'Ecuador port strike enters second day');
    const counts = countryMentions(
      dictionary,
      text,
      plainTokens(text),
      '2020-01-01',
      new Map(),
      [],
      headline,
    );
    expect([...counts]).toEqual([
      ['ECU', 2],
      ['CHL', 1],
    ]);
  });
});

describe('headlineCountry and leadingCountry', () => {
  it('finds the first country the headline names', () => {
    const text = 'Chad says Sudanese refugees need more food\n\nChad said on Monday that Sudan must act.';
    const headline = spanOf(text, 'Chad says Sudanese refugees need more food');
    expect(headlineCountry(dictionary, text, plainTokens(text), '2020-01-01', headline)).toBe('TCD');
  });

  it('takes the headline’s first country when it is named most often but short of a clear lead', () => {
    const counts = new Map([
      ['TCD', 8],
      ['SDN', 7],
    ]);
    expect(leadingCountry(counts)).toBeUndefined();
    expect(leadingCountry(counts, 1, 'TCD')).toBe('TCD');
  });

  it('does not take the headline’s first country when another is named as often or more', () => {
    const counts = new Map([
      ['TCD', 7],
      ['SDN', 7],
    ]);
    expect(leadingCountry(counts, 1, 'TCD')).toBeUndefined();
    expect(leadingCountry(new Map([...counts, ['SDN', 8]]), 1, 'TCD')).toBeUndefined();
  });
});

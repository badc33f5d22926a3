import { describe, expect, it } from 'vitest';
import { type ActorDictionary, createActorDictionary } from './actor-dictionary.js';
import { knownActor } from './known-actor.fixture.js';
import { nameCountry } from './name-country.js';

const actor = (id: string, name: string, code: string, source = 'Phoenix.Countries.actors.txt:1') =>
  knownActor(id, name, code, source);

const dictionary: ActorDictionary = createActorDictionary({
  actors: [
    actor('chn', 'China', 'CHN'),
    actor('twn', 'Taiwan', 'TWN'),
    actor('usa', 'United States', 'USA'),
    actor('gha', 'Ghana', 'GHA'),
    actor('w1', 'Wang Fen', 'CHNGOV'),
    actor('w2', 'Wang Lu', 'CHNGOV'),
    actor('w3', 'Wang Tao', 'TWNGOV'),
    actor('w4', 'Chen Tao', 'TWNGOV'),
    actor('w5', 'Chen Ming', 'TWNGOV'),
    actor('j1', 'John Mensah', 'GHAGOV'),
    actor('j2', 'John Smith', 'USAGOV'),
    actor('j3', 'John Brown', 'USAGOV'),
  ],
  agents: [],
});

describe('nameCountry', () => {
  it('gives the candidate country whose people share the name’s words: a Wang in China and the US is Chinese', () => {
    expect(nameCountry(dictionary, 'Wang Yi', ['CHN', 'USA'])).toBe('CHN');
  });

  it('gives none when another candidate has more than a quarter of the weight (Wang in China and Taiwan)', () => {
    expect(nameCountry(dictionary, 'Wang Yi', ['CHN', 'TWN'])).toBeUndefined();
  });

  it('counts every word of the name: "Chen Wang" in China and Taiwan leans to Taiwan, 3 to 2, which is not enough', () => {
    expect(nameCountry(dictionary, 'Chen Wang', ['CHN', 'TWN'])).toBeUndefined();
    expect(nameCountry(dictionary, 'Chen Ming', ['CHN', 'TWN'])).toBe('TWN');
  });

  it('gives none when no candidate’s people share a word of the name', () => {
    expect(nameCountry(dictionary, 'Lena Varga', ['CHN', 'USA'])).toBeUndefined();
    expect(nameCountry(dictionary, 'Wang Yi', [])).toBeUndefined();
  });

  it('does not count a country’s own name as a person of it', () => {
    expect(nameCountry(dictionary, 'United Mensah', ['USA', 'GHA'])).toBe('GHA');
  });

  it('weighs a shared given name against a surname: "John Mensah" in Ghana and the US is no one’s', () => {
    expect(nameCountry(dictionary, 'John Mensah', ['USA', 'GHA'])).toBeUndefined();
  });
});

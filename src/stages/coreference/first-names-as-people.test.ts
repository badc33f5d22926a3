import { describe, expect, it } from 'vitest';
import type { EntityMention } from '../../document/annotations.js';
import { plainTokens as tokenize } from '../plain-tokens.js';
import { firstNamesAsPeople } from './first-names-as-people.js';

function person(text: string, name: string, from = 0): EntityMention {
  const start = text.indexOf(name, from);
  return { text: name, type: 'PERSON', start, end: start + name.length };
}

describe('firstNamesAsPeople', () => {
  const text = 'WHO chief Tedros Adhanom Ghebreyesus spoke. "It spreads," Tedros told reporters.';

  it('makes an untagged "Tedros" a person after "Tedros Adhanom Ghebreyesus"', () => {
    const found = firstNamesAsPeople(text, tokenize(text), [person(text, 'Tedros Adhanom Ghebreyesus')]);
    expect(found.map((mention) => [mention.text, mention.start])).toEqual([
      ['Tedros Adhanom Ghebreyesus', 10],
      ['Tedros', 58],
    ]);
  });

  it('adds nothing before the full name is written', () => {
    const early = 'Tedros told reporters. Later Tedros Adhanom Ghebreyesus left.';
    const found = firstNamesAsPeople(early, tokenize(early), [person(early, 'Tedros Adhanom Ghebreyesus')]);
    expect(found).toHaveLength(1);
  });

  it('leaves a first word followed by another capitalised word ("Tedros Adhanom" untagged)', () => {
    const partial = 'Tedros Adhanom Ghebreyesus spoke. Tedros Adhanom said so.';
    const found = firstNamesAsPeople(partial, tokenize(partial), [
      person(partial, 'Tedros Adhanom Ghebreyesus'),
    ]);
    expect(found).toHaveLength(1);
  });

  it('keeps a word already inside a tagged mention', () => {
    const tagged = 'Tedros Adhanom Ghebreyesus spoke. Tedros said so.';
    const mentions = [person(tagged, 'Tedros Adhanom Ghebreyesus'), person(tagged, 'Tedros', 30)];
    expect(firstNamesAsPeople(tagged, tokenize(tagged), mentions)).toHaveLength(2);
  });

  it('makes a lone given name the tagger took for an organisation the person, and keeps places', () => {
    const retyped =
      'Tedros Adhanom Ghebreyesus spoke. Tedros said so. Jordan Henderson met Jordan officials.';
    const at = (name: string, from = 0) => retyped.indexOf(name, from);
    const found = firstNamesAsPeople(retyped, tokenize(retyped), [
      person(retyped, 'Tedros Adhanom Ghebreyesus'),
      { text: 'Tedros', type: 'ORG', start: at('Tedros', 30), end: at('Tedros', 30) + 6 },
      person(retyped, 'Jordan Henderson'),
      { text: 'Jordan', type: 'LOCATION', start: at('Jordan', 60), end: at('Jordan', 60) + 6 },
    ]);
    expect(found.map((mention) => `${mention.text}:${mention.type}`)).toEqual([
      'Tedros Adhanom Ghebreyesus:PERSON',
      'Tedros:PERSON',
      'Jordan Henderson:PERSON',
      'Jordan:LOCATION',
    ]);
  });
});

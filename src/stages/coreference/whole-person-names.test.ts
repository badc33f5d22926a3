import { describe, expect, it } from 'vitest';
import type { EntityMention } from '../../document/annotations.js';
import { plainTokens as tokenize } from '../plain-tokens.js';
import { wholePersonNames } from './whole-person-names.js';

function mention(text: string, name: string, type: EntityMention['type'] = 'PERSON'): EntityMention {
  const start = text.indexOf(name);
  return { text: name, type, start, end: start + name.length };
}

const names = (found: EntityMention[]) => found.map((each) => `${each.type} ${each.text}`);

describe('wholePersonNames', () => {
  it('runs a name the tagger cut at a hyphen on over the parts joined to it ("Prayut Chan-o-cha")', () => {
    const text = 'Prime Minister Prayut Chan-o-cha told reporters.';
    expect(names(wholePersonNames(text, tokenize(text), [mention(text, 'Prayut Chan')]))).toEqual([
      'PERSON Prayut Chan-o-cha',
    ]);
  });

  it('keeps a name followed by a hyphen and a space', () => {
    const text = 'Rosa Mamani - the mayor - spoke.';
    expect(names(wholePersonNames(text, tokenize(text), [mention(text, 'Rosa Mamani')]))).toEqual([
      'PERSON Rosa Mamani',
    ]);
  });

  it('finds the full name of a person the tagger found only by surname, before a title', () => {
    const text = 'We spoke to Ganbaatar Tserendorj, the deputy mayor. Tserendorj said no.';
    const start = text.lastIndexOf('Tserendorj');
    const surname: EntityMention = { text: 'Tserendorj', type: 'PERSON', start, end: start + 10 };
    expect(names(wholePersonNames(text, tokenize(text), [surname]))).toEqual([
      'PERSON Ganbaatar Tserendorj',
      'PERSON Tserendorj',
    ]);
  });

  it('retypes such a full name that the tagger took for a place, and leaves a title before a surname', () => {
    const text = 'We spoke to Ganbaatar Tserendorj and President Tserendorj. Tserendorj said no.';
    const start = text.lastIndexOf('Tserendorj');
    const surname: EntityMention = { text: 'Tserendorj', type: 'PERSON', start, end: start + 10 };
    const found = wholePersonNames(text, tokenize(text), [
      mention(text, 'Ganbaatar Tserendorj', 'LOCATION'),
      surname,
    ]);
    expect(names(found)).toEqual(['PERSON Ganbaatar Tserendorj', 'PERSON Tserendorj']);
  });
});

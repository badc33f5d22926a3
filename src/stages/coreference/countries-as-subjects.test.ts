import { describe, expect, it } from 'vitest';
import type { EntityMention, Token } from '../../document/annotations.js';
import { countriesAsSubjects } from './countries-as-subjects.js';

/** Tokens of a text whose words are given with their parts of speech ("Tajikistan/PROPN"). */
function read(tagged: string): { text: string; tokens: Token[] } {
  const tokens: Token[] = [];
  let text = '';
  for (const pair of tagged.split(' ')) {
    const [word, pos] = pair.split('/') as [string, string];
    if (text) text += ' ';
    tokens.push({ start: text.length, end: text.length + word.length, pos, lemma: word.toLowerCase() });
    text += word;
  }
  return { text, tokens };
}

function norp(text: string, word: string): EntityMention {
  const start = text.indexOf(word);
  return { text: word, type: 'NORP', start, end: start + word.length };
}

describe('countriesAsSubjects', () => {
  it('makes a nationality standing as the subject of a verb a place ("Tajikistan accused")', () => {
    const { text, tokens } = read('Tajikistan/PROPN accused/VERB Kyrgyz/PROPN forces/NOUN');
    const found = countriesAsSubjects(text, tokens, [norp(text, 'Tajikistan'), norp(text, 'Kyrgyz')]);
    expect(found.map((mention) => mention.type)).toEqual(['LOCATION', 'NORP']);
  });

  it('keeps a people written in the plural ("Russians say")', () => {
    const { text, tokens } = read('Russians/PROPN say/VERB no/DET');
    expect(countriesAsSubjects(text, tokens, [norp(text, 'Russians')])[0]?.type).toBe('NORP');
  });
});

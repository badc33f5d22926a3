import { describe, expect, it } from 'vitest';
import type { EntityMention } from '../../document/annotations.js';
import { trimTitleWord } from './trim-title-word.js';

function person(text: string, words: string, type: EntityMention['type'] = 'PERSON'): EntityMention {
  const start = text.indexOf(words);
  return { text: words, start, end: start + words.length, type };
}

describe('trimTitleWord', () => {
  it('cuts "State" from "State Antony Blinken" after "Secretary of"', () => {
    const text = 'Secretary of State Antony Blinken said the alliance was strong.';
    const trimmed = trimTitleWord(text, person(text, 'State Antony Blinken'));
    expect(trimmed.text).toBe('Antony Blinken');
    expect(text.slice(trimmed.start, trimmed.end)).toBe('Antony Blinken');
  });

  it('makes the tagger\'s organisation "State Antony Blinken" the person "Antony Blinken"', () => {
    const text = 'Secretary of State Antony Blinken said the alliance was strong.';
    const trimmed = trimTitleWord(text, person(text, 'State Antony Blinken', 'ORG'));
    expect([trimmed.text, trimmed.type]).toEqual(['Antony Blinken', 'PERSON']);
  });

  it('cuts "General" after "Secretary-"', () => {
    const text = 'UN Secretary-General António Guterres said the world must act.';
    expect(trimTitleWord(text, person(text, 'General António Guterres')).text).toBe('António Guterres');
  });

  it('cuts "Minister" after "Prime"', () => {
    const text = 'Prime Minister Ana Lucia Brito spoke.';
    expect(trimTitleWord(text, person(text, 'Minister Ana Lucia Brito')).text).toBe('Ana Lucia Brito');
  });

  it('cuts a portfolio after "Minister for" ("Labour" of "Labour Abul Kashem")', () => {
    const text = 'State Minister for Labour Abul Kashem told reporters the wage would rise.';
    const trimmed = trimTitleWord(text, person(text, 'Labour Abul Kashem', 'ORG'));
    expect([trimmed.text, trimmed.type]).toEqual(['Abul Kashem', 'PERSON']);
  });

  it('keeps a name after "for" that follows no minister or secretary', () => {
    const text = 'Thanks went out to everyone working for Acme Steel Holdings.';
    expect(trimTitleWord(text, person(text, 'Acme Steel Holdings', 'ORG')).text).toBe('Acme Steel Holdings');
  });

  it('keeps a name whose first word makes no title with the words before it', () => {
    const text = 'The head of State Street Global Advisors spoke.';
    expect(trimTitleWord(text, person(text, 'Street Global Advisors')).text).toBe('Street Global Advisors');
  });

  it('keeps a name of two words', () => {
    const text = 'Secretary of State Blinken spoke.';
    expect(trimTitleWord(text, person(text, 'State Blinken')).text).toBe('State Blinken');
  });
});

import { describe, expect, it } from 'vitest';
import type { Actor } from '../../src/document/annotations.js';
import { isSameDescription, isSameName, judgeSpeaker } from './judge-speaker.js';
import type { GoldSpeaker } from './quote-set.js';

const mention = { text: 'x', start: 0, end: 1 };
const netanyahu: GoldSpeaker = {
  name: 'Benjamin Netanyahu',
  code: 'ISRGOV',
  isDescription: false,
  form: 'surname',
  mention,
};
const pike: GoldSpeaker = { name: 'Graham Pike', isDescription: false, form: 'pronoun', mention };
const official: GoldSpeaker = {
  name: 'a senior Israeli official',
  isDescription: true,
  form: 'description',
  mention,
};

const actor = (id: string, name: string, code: string | null): Actor => ({
  id,
  name,
  code,
  country: code?.slice(0, 3) ?? null,
  roles: [],
  mentions: [],
});
const actors = [
  actor('actor-1', 'Benjamin Netanyahu', 'ISRGOV'),
  actor('actor-2', 'Netanyahu', null),
  actor('actor-3', 'Graham Pike', null),
  actor('actor-4', 'Russia', 'RUS'),
];
const said = (text: string, actorId: string | null) => ({ text, start: 0, end: text.length, actorId });

describe('judgeSpeaker', () => {
  it.each([
    ['the same actor code', netanyahu, said('he', 'actor-1'), undefined],
    ['the right name without a code', netanyahu, said('Netanyahu', 'actor-2'), 'speaker without actor code'],
    ['another actor', netanyahu, said('Russia', 'actor-4'), 'wrong speaker'],
    ['a pronoun left alone', netanyahu, said('he', null), 'pronoun not resolved'],
    ['a surname without an actor', pike, said('Pike', null), undefined],
    ['the name of its actor', pike, said('he', 'actor-3'), undefined],
    ['a description by its words', official, said('A senior Israeli official', null), undefined],
    ['a description cut after its head', official, said('a senior Israeli official', null), undefined],
    ['a description given a name', official, said('official', 'actor-4'), 'description given a name'],
    ['other words for a description', official, said('Israel', null), 'other description words'],
  ] as const)('%s', (_case, gold, speaker, mistake) => {
    const judgement = judgeSpeaker(gold, speaker, actors);
    expect(judgement.mistake).toBe(mistake);
    expect(judgement.isRight).toBe(mistake === undefined);
  });

  it('calls a quotation without a speaker a missing speaker', () => {
    expect(judgeSpeaker(pike, undefined, actors)).toEqual({ isRight: false, mistake: 'no speaker' });
  });
});

describe('isSameName', () => {
  it.each([
    ['Rishi Sunak', 'Mr Sunak', true],
    ['Luiz Inácio Lula da Silva', 'Lula', true],
    ['Recep Tayyip Erdoğan', 'Erdogan', true],
    ['Yoon Suk-yeol', 'Yoon', true],
    ['Graham Pike', 'Graham Smith', false],
    ['Kremlin', 'the Kremlin', true],
  ])('%s and %s: %s', (a, b, expected) => {
    expect(isSameName(a, b)).toBe(expected);
  });
});

describe('isSameDescription', () => {
  it.each([
    ['A spokesman for Eskom', 'a spokesman', true],
    ['ranchers’ groups', 'ranchers groups', true],
    ['a 71-year-old resident', 'residents', false],
  ])('%s and %s: %s', (a, b, expected) => {
    expect(isSameDescription(a, b)).toBe(expected);
  });
});

import { describe, expect, it } from 'vitest';
import type { Actor, Quote } from '../../src/document/annotations.js';
import type { GoldArticle, GoldQuote } from './quote-set.js';
import { scoreArticle } from './score-article.js';
import { spanIn, testArticle } from './test-article.js';

const article = testArticle('Netanyahu: Iran must withdraw', [
  '“We will act,” Netanyahu said, “and soon.” He called the plan “a disgrace”.',
  'Officials said the talks on the “Hotline” programme would resume.',
]);
const { text } = article;
const actors: Actor[] = [
  { id: 'actor-1', name: 'Benjamin Netanyahu', code: 'ISRGOV', country: 'ISR', roles: ['GOV'], mentions: [] },
];
const netanyahu = (words: string, from = 0) => ({
  name: 'Benjamin Netanyahu',
  code: 'ISRGOV',
  isDescription: false,
  form: 'surname' as const,
  mention: spanIn(text, words, from),
});

const headline: GoldQuote = {
  ...spanIn(text, 'Iran must withdraw'),
  direct: false,
  style: 'headline',
  cue: spanIn(text, ':'),
  speaker: netanyahu('Netanyahu'),
};
const split: GoldQuote = {
  ...spanIn(text, 'We will act,” Netanyahu said, “and soon.'),
  direct: true,
  style: 'split',
  parts: [spanIn(text, 'We will act,'), spanIn(text, 'and soon.')],
  cue: spanIn(text, 'said'),
  speaker: netanyahu('Netanyahu', 20),
};
const fragment: GoldQuote = {
  ...spanIn(text, 'a disgrace'),
  direct: true,
  style: 'fragment',
  clause: spanIn(text, 'the plan “a disgrace”'),
  cue: spanIn(text, 'called'),
  speaker: { ...netanyahu('He'), form: 'pronoun' },
};
const resume: GoldQuote = {
  ...spanIn(text, 'the talks on the “Hotline” programme would resume'),
  direct: false,
  style: 'said-that',
  cue: spanIn(text, 'said', text.indexOf('Officials')),
  speaker: {
    name: 'Officials',
    isDescription: true,
    form: 'description',
    mention: spanIn(text, 'Officials'),
  },
};
const gold: GoldArticle = {
  file: 'a.txt',
  split: 'test',
  blind: false,
  article,
  quotes: [headline, split, fragment, resume],
  terms: [{ ...spanIn(text, 'Hotline'), kind: 'title' }],
};

function predicted(
  words: string,
  direct: boolean,
  speaker?: [string, string | null],
  cue?: ReturnType<typeof spanIn>,
): Quote {
  const span = spanIn(text, words);
  return {
    ...span,
    direct,
    ...(cue ? { cue } : {}),
    ...(speaker ? { speaker: { ...spanIn(text, speaker[0]), actorId: speaker[1] } } : {}),
  };
}

describe('scoreArticle', () => {
  it('finds nothing wrong in predictions that agree with the gold quotations', () => {
    const score = scoreArticle(
      gold,
      [
        predicted('Iran must withdraw', false, ['Netanyahu', 'actor-1'], spanIn(text, ':')),
        predicted('We will act,', true, ['Netanyahu', 'actor-1'], spanIn(text, 'said')),
        predicted('and soon.', true, ['Netanyahu', 'actor-1'], spanIn(text, 'said')),
        predicted('the plan “a disgrace”', false, ['He', 'actor-1'], spanIn(text, 'called')),
        predicted(
          'the talks on the “Hotline” programme would resume',
          false,
          ['Officials', null],
          resume.cue,
        ),
      ],
      actors,
    );
    expect(score.mistakes).toEqual([]);
    expect(score.counts).toMatchObject({
      gold: 4,
      predicted: 4,
      matched: 4,
      speakersRight: 4,
      speakerNamesRight: 4,
      termsRejected: 1,
    });
    expect(score.counts).toMatchObject({
      goldDirectFound: 2,
      predictedDirectRight: 1,
      predictedIndirectRight: 3,
    });
  });

  it('names what went wrong: a missed quotation, a span too short, a speaker, a term, an extra', () => {
    const score = scoreArticle(
      gold,
      [
        predicted('act', true, ['Netanyahu', 'actor-1']),
        predicted('a disgrace', true, ['He', null], spanIn(text, 'called')),
        predicted('Hotline', true),
        predicted('Officials said', false),
      ],
      actors,
    );
    expect(score.mistakes.map((mistake) => mistake.kind)).toEqual([
      'pronoun not resolved (speaker as pronoun)',
      'missed headline quotation',
      'span too short (split)',
      'missed said-that quotation',
      'title taken as speech',
      'extra indirect quotation',
    ]);
    expect(score.counts).toMatchObject({ predicted: 4, matched: 1, terms: 1, termsRejected: 0 });
  });

  it('tells a quotation given with the wrong kind', () => {
    const score = scoreArticle(
      gold,
      [predicted('Iran must withdraw', true, ['Netanyahu', 'actor-1'], spanIn(text, ':'))],
      actors,
    );
    expect(score.mistakes.map((mistake) => mistake.kind)).toContain('indirect given as direct (headline)');
    expect(score.counts).toMatchObject({ matched: 1, goldIndirectFound: 0, predictedDirectRight: 0 });
  });
});

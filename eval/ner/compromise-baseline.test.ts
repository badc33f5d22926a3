import { describe, expect, it } from 'vitest';
import type { LabeledSentence } from '../../training/corpora/labeled-sentence.js';
import { runCompromise, tagWords } from './compromise-baseline.js';

function sentenceOf(text: string): LabeledSentence {
  const words = text.split(' ');
  return { words, tags: words.map(() => 'O'), docId: 'sample-1' };
}

describe('tagWords', () => {
  // "Peter Blackburn visited New York ." : words start at 0, 6, 16, 24, 28, 33.
  const words = ['Peter', 'Blackburn', 'visited', 'New', 'York', '.'];

  it('tags the words inside a match B- then I-', () => {
    expect(tagWords(words, [{ type: 'PER', start: 0, length: 15 }])).toEqual([
      'B-PER',
      'I-PER',
      'O',
      'O',
      'O',
      'O',
    ]);
  });

  it('leaves out a word that reaches past the end of the match', () => {
    expect(tagWords(words, [{ type: 'LOC', start: 24, length: 6 }])).toEqual([
      'O',
      'O',
      'O',
      'B-LOC',
      'O',
      'O',
    ]);
  });

  it('starts each of two adjacent matches of one type with B-', () => {
    const matches = [
      { type: 'PER', start: 0, length: 5 },
      { type: 'PER', start: 6, length: 9 },
    ];
    expect(tagWords(words, matches).slice(0, 2)).toEqual(['B-PER', 'B-PER']);
  });

  it('skips a match that overlaps words an earlier match took', () => {
    const matches = [
      { type: 'LOC', start: 24, length: 8 },
      { type: 'ORG', start: 16, length: 16 },
    ];
    expect(tagWords(words, matches)).toEqual(['O', 'O', 'O', 'B-LOC', 'I-LOC', 'O']);
  });
});

describe('runCompromise', () => {
  it('gives one tag per word for each sentence', () => {
    const sentences = [sentenceOf('Peter Blackburn visited New York .'), sentenceOf('Nothing here .')];
    const { predicted } = runCompromise(sentences);
    expect(predicted.map((tags) => tags.length)).toEqual([6, 3]);
  });

  it('ends a person before the parenthesis that follows it', () => {
    const { predicted } = runCompromise([sentenceOf('2. Andrei Ivanov ( Russia ) 24.88')]);
    expect(predicted[0]?.slice(0, 4)).toEqual(['O', 'B-PER', 'I-PER', 'O']);
  });

  it('reports a positive speed', () => {
    expect(runCompromise([sentenceOf('Peter Blackburn visited New York .')]).tokensPerSecond).toBeGreaterThan(
      0,
    );
  });
});

import { describe, expect, it } from 'vitest';
import { bodyWords } from './body-words.js';

describe('bodyWords', () => {
  it('lower-cases and drops punctuation, so quote styles and dashes do not tell copies apart', () => {
    expect(bodyWords('“We will act,” he said — PARIS (Wire) - ok')).toEqual([
      'we',
      'will',
      'act',
      'he',
      'said',
      'paris',
      'wire',
      'ok',
    ]);
    expect(bodyWords('"We will act," he said - PARIS (Wire) - ok')).toEqual(
      bodyWords('“We will act,” he said — PARIS (Wire) - ok'),
    );
  });

  it('keeps letters with accents and digits, and reads "U.S." as two words', () => {
    expect(bodyWords('Zürich, 34 U.S. firms')).toEqual(['zürich', '34', 'u', 's', 'firms']);
  });

  it('gives no words for an empty or punctuation-only text', () => {
    expect(bodyWords('')).toEqual([]);
    expect(bodyWords(' -- ... ')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import type { Word } from '../events/sentence-words.js';
import { clauseEnd } from './clause-end.js';

/** Words from "text/POS" pairs separated by spaces, at made-up offsets. */
function wordsOf(tagged: string): Word[] {
  return tagged.split(' ').map((pair, at) => {
    const cut = pair.lastIndexOf('/');
    const text = pair.slice(0, cut);
    return {
      start: at * 10,
      end: at * 10 + text.length,
      text,
      lower: text.toLowerCase(),
      lemma: text.toLowerCase(),
      pos: pair.slice(cut + 1),
    };
  });
}

/** The words of the clause from `from` to clauseEnd, joined by spaces. */
function clause(tagged: string, from: number): string {
  const words = wordsOf(tagged);
  return words
    .slice(from, clauseEnd(words, from) + 1)
    .map((word) => word.text)
    .join(' ');
}

describe('clauseEnd', () => {
  it('ends a clause before a semicolon', () => {
    expect(
      clause('said/VERB the/DET pier/NOUN reopened/VERB ;/PUNCT boats/NOUN waited/VERB ./PUNCT', 1),
    ).toBe('the pier reopened');
  });

  it('leaves out the full stop and a closing mark whose quotation opened before the clause', () => {
    expect(clause('“/PUNCT He/PRON said/VERB the/DET pier/NOUN reopened/VERB ./PUNCT ”/PUNCT', 3)).toBe(
      'the pier reopened',
    );
  });

  it('keeps the closing mark of quoted words inside the clause', () => {
    expect(clause('said/VERB the/DET pier/NOUN was/AUX “/PUNCT unsafe/ADJ ”/PUNCT ./PUNCT', 1)).toBe(
      'the pier was “ unsafe ”',
    );
    expect(clause('said/VERB the/DET pier/NOUN was/AUX "/PUNCT unsafe/ADJ "/PUNCT ./PUNCT', 1)).toBe(
      'the pier was " unsafe "',
    );
  });

  it('stays linear on a sentence of 100,000 closing marks', () => {
    const words = wordsOf(`said/VERB the/DET pier/NOUN reopened/VERB ${'”/PUNCT '.repeat(100_000).trim()}`);
    expect(clauseEnd(words, 1)).toBe(3);
  });
});

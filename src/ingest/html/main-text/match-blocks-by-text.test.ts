import { describe, expect, it } from 'vitest';
import type { TextBlock } from './collect-blocks.js';
import { matchBlocksByText } from './match-blocks-by-text.js';

const block = (text: string): TextBlock => ({
  text,
  linkLength: 0,
  tag: 'P',
  ancestors: [],
  hints: [],
  path: [],
});

describe('matchBlocksByText', () => {
  it('marks the page blocks with the same texts, a repeated text at its next place', () => {
    const page = ['Share', 'One', 'Share', 'Two', 'Share'].map(block);
    expect(matchBlocksByText(page, ['One', 'Share', 'Two'].map(block))).toEqual([
      false,
      true,
      true,
      true,
      false,
    ]);
  });

  it('marks nothing for texts the page does not hold', () => {
    expect(matchBlocksByText([block('One')], [block('Other')])).toEqual([false]);
  });
});

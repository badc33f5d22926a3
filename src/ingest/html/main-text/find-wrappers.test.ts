import { describe, expect, it } from 'vitest';
import type { TextBlock } from './collect-blocks.js';
import { findWrappers } from './find-wrappers.js';

const block = (text: string, path: number[], hints = path.map(() => '')): TextBlock => ({
  text,
  linkLength: 0,
  tag: 'P',
  ancestors: [],
  hints,
  path,
});

describe('findWrappers', () => {
  const blocks = [
    block('x'.repeat(60), [3, 2, 1]),
    block('y'.repeat(30), [5, 4, 1]),
    block('z'.repeat(10), [7, 6, 1]),
  ];

  it('counts an element enclosing more than 30% of the selected text as a wrapper', () => {
    const isWrapper = findWrappers(blocks, [true, true, true]);
    expect([1, 2, 4, 6].map(isWrapper)).toEqual([true, true, false, false]);
  });

  it('counts only selected blocks', () => {
    const isWrapper = findWrappers(blocks, [false, true, true]);
    expect([2, 4, 6].map(isWrapper)).toEqual([false, true, false]);
  });

  it('counts elements whose shared class words hold more than 30% of the selected text as the article', () => {
    const entries = [
      block('x'.repeat(60), [2, 1], ['intro', '']),
      block('y'.repeat(12), [4, 3, 1], ['live-comment', 'ticker', '']),
      block('z'.repeat(12), [6, 5, 1], ['live-comment', 'ticker', '']),
      block('w'.repeat(12), [8, 7, 1], ['live-comment', 'ticker', '']),
      block('v'.repeat(10), [10, 9, 1], ['share-bar', '', '']),
    ];
    expect([4, 6, 8, 10].map(findWrappers(entries, [true, true, true, true, true]))).toEqual([
      true,
      true,
      true,
      false,
    ]);
    expect(findWrappers(entries, [true, true, true, false, true])(4)).toBe(false);
  });
});

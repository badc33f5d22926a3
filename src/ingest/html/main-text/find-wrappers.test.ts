import { describe, expect, it } from 'vitest';
import type { TextBlock } from './collect-blocks.js';
import { findWrappers } from './find-wrappers.js';

const block = (text: string, path: number[]): TextBlock => ({
  text,
  linkLength: 0,
  tag: 'P',
  ancestors: [],
  hints: path.map(() => ''),
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
});

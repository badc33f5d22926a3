import { describe, expect, it } from 'vitest';
import { addLede } from './add-lede.js';
import type { TextBlock } from './collect-blocks.js';

const block = (text: string, more: Partial<TextBlock> = {}): TextBlock => ({
  text,
  linkLength: 0,
  tag: 'P',
  ancestors: [],
  hints: [''],
  path: [0],
  ...more,
});
const lede = 'The council closed the old bridge to heavy lorries on Tuesday, citing cracks.';

describe('addLede', () => {
  it('adds a standfirst marked as a lead just before the article', () => {
    const blocks = [
      block('Bridge closes', { tag: 'H1' }),
      block(lede, { hints: ['article-lead'] }),
      block('Body.'),
    ];
    expect(addLede(blocks, [false, false, true])).toEqual([false, true, true]);
  });

  it('does not look past the headline', () => {
    const blocks = [
      block(lede, { hints: ['teaser-text'] }),
      block('Bridge closes', { tag: 'H1' }),
      block('Body.'),
    ];
    expect(addLede(blocks, [false, false, true])).toEqual([false, false, true]);
  });

  it('leaves out a block without a lead class, or made of links', () => {
    const blocks = [block(lede), block(lede, { hints: ['intro'], linkLength: lede.length }), block('Body.')];
    expect(addLede(blocks, [false, false, true])).toEqual([false, false, true]);
  });

  it('adds a standfirst just after the headline, though a box of links stands between it and the article', () => {
    const links = Array.from({ length: 10 }, (_, i) => block(`Most read ${i}`, { linkLength: 11 }));
    const blocks = [
      block('Bridge closes', { tag: 'H1' }),
      block(lede, { hints: ['', 'article-intro'] }),
      ...links,
      block('Body.'),
    ];
    const isSelected = blocks.map((_, i) => i === blocks.length - 1);
    expect(addLede(blocks, isSelected).slice(0, 3)).toEqual([false, true, false]);
  });

  it('adds a heading of sentence length right under the headline, not a short one or one further down', () => {
    const blocks = [
      block('Bridge closes', { tag: 'H1' }),
      block(lede, { tag: 'H2' }),
      block(lede, { tag: 'H3' }),
      block('Body.'),
    ];
    expect(addLede(blocks, [false, false, false, true])).toEqual([false, true, false, true]);
    const short = [
      block('Bridge closes', { tag: 'H1' }),
      block('Why it matters', { tag: 'H2' }),
      block('Body.'),
    ];
    expect(addLede(short, [false, false, true])).toEqual([false, false, true]);
  });

  it('adds link-free summary points right under the headline, and a list item marked as a lead', () => {
    const point = 'Lorries over 7.5 tonnes must take the ring road from Monday';
    const blocks = [
      block('Bridge closes', { tag: 'H1' }),
      block(point, { tag: 'LI' }),
      block(point, { tag: 'LI' }),
      block('Home', { tag: 'LI', linkLength: 4 }),
      block(lede, { tag: 'LI', hints: ['', 'teaser-text'] }),
      block('Body.'),
    ];
    expect(addLede(blocks, [false, false, false, false, false, true])).toEqual([
      false,
      true,
      true,
      false,
      true,
      true,
    ]);
  });
});

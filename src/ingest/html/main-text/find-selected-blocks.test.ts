import { describe, expect, it } from 'vitest';
import { parseHtml } from '../parse-html.js';
import { collectBlocks } from './collect-blocks.js';
import { findSelectedBlocks } from './find-selected-blocks.js';

describe('findSelectedBlocks', () => {
  it('marks the blocks whose text nodes were moved into the extracted element', () => {
    const document = parseHtml(
      '<nav>Home</nav><p id="a">First <b>bold</b></p><p id="b">Second</p><p>Third</p>',
    );
    const owners = new Map<Node, number>();
    const blocks = collectBlocks(document.body, { owners });
    const content = document.createElement('div');
    for (const id of ['a', 'b']) content.appendChild(document.getElementById(id) as Element);
    expect(findSelectedBlocks(content, owners, blocks.length)).toEqual([false, true, true, false]);
  });

  it('marks nothing for text nodes it has never seen', () => {
    const document = parseHtml('<p>Old</p>');
    const owners = new Map<Node, number>();
    collectBlocks(document.body, { owners });
    const content = document.createElement('div');
    content.textContent = 'Old';
    expect(findSelectedBlocks(content, owners, 1)).toEqual([false]);
  });
});

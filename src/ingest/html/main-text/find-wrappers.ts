import type { TextBlock } from './collect-blocks.js';

/** An element holding this share of the selected text is the article's wrapper, not a part of it. */
const WRAPPER_SHARE = 0.3;

/**
 * The elements that wrap the article: those enclosing more than 30% of the selected blocks' text.
 * Returns a test on `TextBlock.path` numbers.
 */
export function findWrappers(blocks: TextBlock[], isSelected: boolean[]): (element: number) => boolean {
  const lengths = new Map<number, number>();
  let total = 0;
  blocks.forEach((block, i) => {
    if (!isSelected[i]) return;
    total += block.text.length;
    for (const element of block.path) lengths.set(element, (lengths.get(element) ?? 0) + block.text.length);
  });
  return (element) => (lengths.get(element) ?? 0) > WRAPPER_SHARE * total;
}

import type { TextBlock } from './collect-blocks.js';

/** An element holding this share of the selected text is the article's wrapper, not a part of it. */
const WRAPPER_SHARE = 0.3;

/**
 * The elements that make up the article rather than parts of it: those enclosing more than 30%
 * of the selected blocks' text, and those whose `class` and `id` words are shared by elements
 * that together enclose more than 30% (the entries of a live ticker, `live-match-comment`, whose
 * words would otherwise mark each one as a comment). Returns a test on `TextBlock.path` numbers.
 */
export function findWrappers(blocks: TextBlock[], isSelected: boolean[]): (element: number) => boolean {
  const lengths = new Map<number, number>();
  const hintLengths = new Map<string, number>();
  const hintOf = new Map<number, string>();
  let total = 0;
  blocks.forEach((block, i) => {
    if (!isSelected[i]) return;
    total += block.text.length;
    const hints = new Set<string>();
    block.path.forEach((element, level) => {
      lengths.set(element, (lengths.get(element) ?? 0) + block.text.length);
      const hint = block.hints[level] ?? '';
      hintOf.set(element, hint);
      // Nested elements of the same class count the block once.
      if (hint) hints.add(hint);
    });
    for (const hint of hints) hintLengths.set(hint, (hintLengths.get(hint) ?? 0) + block.text.length);
  });
  return (element) =>
    (lengths.get(element) ?? 0) > WRAPPER_SHARE * total ||
    (hintLengths.get(hintOf.get(element) ?? '') ?? 0) > WRAPPER_SHARE * total;
}

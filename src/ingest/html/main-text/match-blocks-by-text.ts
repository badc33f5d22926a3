import type { TextBlock } from './collect-blocks.js';

/**
 * Which of the page's blocks hold the texts of an extracted element's blocks, for when the text
 * nodes cannot tell (Readability re-parses the page when its first attempt finds too little text).
 * Each extracted text takes the first unused page block with the same text at or after the
 * previous match, else the first unused one anywhere. Returns one flag per page block.
 */
export function matchBlocksByText(pageBlocks: TextBlock[], extracted: TextBlock[]): boolean[] {
  const isSelected = new Array<boolean>(pageBlocks.length).fill(false);
  const positions = new Map<string, number[]>();
  pageBlocks.forEach((block, i) => {
    const list = positions.get(block.text);
    if (list) list.push(i);
    else positions.set(block.text, [i]);
  });
  let previous = -1;
  for (const block of extracted) {
    const candidates = positions.get(block.text)?.filter((i) => !isSelected[i]);
    if (!candidates || candidates.length === 0) continue;
    const index = candidates.find((i) => i > previous) ?? (candidates[0] as number);
    isSelected[index] = true;
    previous = index;
  }
  return isSelected;
}

import type { TextBlock } from './collect-blocks.js';

/** Longer headings, and headings holding a sentence's end, are paragraphs set in a heading's type. */
const MAX_HEADING_LENGTH = 80;
const SENTENCE_END = /\.$/u;

/** A heading's rank: 1 for `H1` to 6 for `H6`; undefined for any other block. */
function rankOf(block: TextBlock): number | undefined {
  const match = /^H([1-6])$/.exec(block.tag);
  return match ? Number(match[1]) : undefined;
}

const isTitle = (block: TextBlock) =>
  block.text.length <= MAX_HEADING_LENGTH && !SENTENCE_END.test(block.text);

/**
 * Leaves out the headings that head nothing: a heading followed, before the next heading of its
 * rank or higher (or the end), by no kept block. Such a heading is what is left of a box whose
 * contents the filters took out ("More on this topic", "Top 5", "Sources:", a newsletter form's
 * "Don't miss a thing!"). A heading followed only by kept subheadings is kept with them.
 * Returns new flags, one per block.
 */
export function dropOrphanHeadings(blocks: TextBlock[], isKept: boolean[]): boolean[] {
  const result = [...isKept];
  for (let i = blocks.length - 1; i >= 0; i--) {
    const rank = rankOf(blocks[i] as TextBlock);
    if (rank === undefined || !result[i] || !isTitle(blocks[i] as TextBlock)) continue;
    let isHeading = false;
    for (let j = i + 1; j < blocks.length; j++) {
      const next = rankOf(blocks[j] as TextBlock);
      if (next !== undefined && next <= rank) break;
      if (result[j]) {
        isHeading = true;
        break;
      }
    }
    result[i] = isHeading;
  }
  return result;
}

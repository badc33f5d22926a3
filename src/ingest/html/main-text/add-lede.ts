import type { TextBlock } from './collect-blocks.js';

/** Class and id fragments of a standfirst: "lead", "intro", "teaser-text", "excerpt", "deck", "bajada". */
const LEDE_HINT =
  /lead|intro|teaser|excerpt|subtitle|subheadline|standfirst|summary|description|deck|bajada|abstract|chapo|chapeau|sapo|entradilla|summary|dek(?:$|[\s_-])/;
const MIN_LEDE_LENGTH = 50;
const MAX_LINK_DENSITY = 0.2;
/** How far before the article's first block a standfirst may stand. */
const MAX_BLOCKS_BEFORE = 8;
/** How far after the headline a standfirst may stand (4 and 8 alike on the dev halves). */
const MAX_BLOCKS_AFTER_HEADLINE = 4;
const HINT_LEVELS = 3;

// A list item counts only without links: menus are lists of links.
const isLede = (block: TextBlock) =>
  block.text.length >= MIN_LEDE_LENGTH &&
  block.linkLength <= MAX_LINK_DENSITY * block.text.length &&
  (block.tag !== 'LI' || block.linkLength === 0) &&
  block.hints.slice(0, HINT_LEVELS).some((hint) => LEDE_HINT.test(hint));

/** A link-free list item of this length or more, under the headline, is a summary point. */
const MIN_SUMMARY_POINT_LENGTH = 40;

const isSummaryPoint = (block: TextBlock) =>
  block.tag === 'LI' && block.linkLength === 0 && block.text.length >= MIN_SUMMARY_POINT_LENGTH;

/** A heading of sentence length right under the headline: a standfirst set as a subheadline. */
const isSubheadline = (block: TextBlock) =>
  /^H[2-6]$/.test(block.tag) &&
  block.text.length >= MIN_LEDE_LENGTH &&
  block.linkLength <= MAX_LINK_DENSITY * block.text.length;

/**
 * Adds the standfirst that news pages put above the article's body, between headline and text,
 * which Readability leaves out when it sits in the header: a block of some length, with few
 * links, marked as a lead by its class words, set as a heading right under the headline (the
 * last `H1` before the article) or as a list of summary points right under it, within a few
 * blocks before the first selected one and after the headline; or marked as a lead within a few
 * blocks after the headline, for pages that put a box of most-read links between standfirst and
 * text. Returns new flags.
 */
export function addLede(blocks: TextBlock[], isSelected: boolean[]): boolean[] {
  const first = isSelected.indexOf(true);
  if (first <= 0) return isSelected;
  const result = [...isSelected];
  let headline = -1;
  for (let i = first - 1; i >= 0 && headline < 0; i--) if (blocks[i]?.tag === 'H1') headline = i;
  // The summary points that directly follow the headline, if any, end before this block.
  let pointsEnd = headline + 1;
  while (headline >= 0 && pointsEnd < first && isSummaryPoint(blocks[pointsEnd] as TextBlock)) pointsEnd++;
  for (let i = first - 1; i > headline && i >= first - MAX_BLOCKS_BEFORE; i--) {
    const block = blocks[i] as TextBlock;
    const isUnderHeadline = headline >= 0 && i === headline + 1;
    if (isLede(block) || (isUnderHeadline && isSubheadline(block)) || i < pointsEnd) result[i] = true;
  }
  if (headline < 0) return result;
  for (let i = headline + 1; i < first && i <= headline + MAX_BLOCKS_AFTER_HEADLINE; i++)
    if (isLede(blocks[i] as TextBlock)) result[i] = true;
  return result;
}

import type { TextBlock } from './collect-blocks.js';

/** Tags whose text is page furniture, not an article. */
// Not FORM: ASP.NET pages wrap the whole page in one.
const FURNITURE_TAGS = new Set(['NAV', 'HEADER', 'FOOTER', 'ASIDE', 'MENU']);
const FURNITURE_HINT =
  /(?:^|[\s_-])(?:nav|navbar|navigation|menu|footer|sidebar|comments?|related|widget|breadcrumbs?|cookie\w*|consent|share|social|newsletter|promo|banner|header|masthead)(?:$|[\s_-])/;
const MIN_TEXT_LENGTH = 70;
const MAX_LINK_DENSITY = 0.25;
const MIN_BRIDGE_LENGTH = 25;
const HINT_LEVELS = 5;
const TAG_LEVELS = 3;

const isFurniture = (block: TextBlock) =>
  FURNITURE_TAGS.has(block.tag) ||
  block.ancestors.slice(0, TAG_LEVELS).some((tag) => FURNITURE_TAGS.has(tag)) ||
  block.hints.slice(0, HINT_LEVELS).some((hint) => FURNITURE_HINT.test(hint));

const isText = (block: TextBlock) =>
  block.text.length >= MIN_TEXT_LENGTH &&
  block.linkLength <= MAX_LINK_DENSITY * block.text.length &&
  /[.!?;:,。]/.test(block.text) &&
  !isFurniture(block);

/** Which blocks each element holds, as "first-last" block numbers, by `TextBlock.path` number. */
function findSpans(blocks: TextBlock[]): Map<number, string> {
  const firsts = new Map<number, number>();
  const lasts = new Map<number, number>();
  blocks.forEach((block, i) => {
    for (const element of block.path) {
      if (!firsts.has(element)) firsts.set(element, i);
      lasts.set(element, i);
    }
  });
  return new Map([...firsts].map(([element, first]) => [element, `${first}-${lasts.get(element)}`]));
}

/**
 * newsgraph's own choice of the article's blocks, for pages where Readability finds little: the
 * blocks of running text (long, few links, punctuated, outside navigation and footers), kept
 * where they share the element holding most of that text, with the shorter, link-free blocks
 * between them (subheadings, short paragraphs). Returns one flag per block.
 */
export function scoreBlocks(blocks: TextBlock[]): boolean[] {
  const isSelected = new Array<boolean>(blocks.length).fill(false);
  const textBlocks = blocks.map(isText);
  const spans = findSpans(blocks);
  // Each run of text gives its length to its parent in full and to each further ancestor halved,
  // but an ancestor holding just the blocks of the one below it gets the same share: Elementor
  // sets each paragraph in three wrappers of its own, which are one level, not three.
  const scores = new Map<number, number>();
  blocks.forEach((block, i) => {
    if (!textBlocks[i]) return;
    let share = block.text.length;
    block.path.slice(1).forEach((element, level) => {
      if (level > 0 && spans.get(element) !== spans.get(block.path[level] as number)) share /= 2;
      scores.set(element, (scores.get(element) ?? 0) + share);
    });
  });
  let best = -1;
  let bestScore = 0;
  for (const [element, score] of scores)
    if (score > bestScore) {
      best = element;
      bestScore = score;
    }
  if (best < 0) return isSelected;
  const inside = blocks.map((block) => block.path.includes(best));
  const chosen = blocks.map((_, i) => (inside[i] && textBlocks[i]) as boolean);
  const first = chosen.indexOf(true);
  const last = chosen.lastIndexOf(true);
  for (let i = first; i >= 0 && i <= last; i++) {
    const block = blocks[i] as TextBlock;
    isSelected[i] =
      chosen[i] === true ||
      (inside[i] === true &&
        (block.text.length >= MIN_BRIDGE_LENGTH || /^H[2-6]$/.test(block.tag)) &&
        block.linkLength <= MAX_LINK_DENSITY * block.text.length &&
        !isFurniture(block));
  }
  return isSelected;
}

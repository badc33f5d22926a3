import type { TextBlock } from './collect-blocks.js';

/** Class and id fragments of a standfirst: "lead", "intro", "teaser-text", "excerpt", "deck", "bajada". */
const LEDE_HINT =
  /lead|intro|teaser|excerpt|subtitle|subheadline|standfirst|summary|description|deck|bajada|abstract|chapo|chapeau|sapo|entradilla|summary|dek(?:$|[\s_-])/;
const MIN_LEDE_LENGTH = 50;
const MAX_LINK_DENSITY = 0.2;
/** How far before the article's first block a standfirst may stand. */
const MAX_BLOCKS_BEFORE = 8;
const HINT_LEVELS = 3;

/**
 * Adds the standfirst that news pages put above the article's body, between headline and text,
 * which Readability leaves out when it sits in the header: a block of some length, with few
 * links, marked as a lead by its class words, within a few blocks before the first selected one
 * and after the headline. Returns new flags.
 */
export function addLede(blocks: TextBlock[], isSelected: boolean[]): boolean[] {
  const first = isSelected.indexOf(true);
  if (first <= 0) return isSelected;
  const result = [...isSelected];
  for (let i = first - 1; i >= Math.max(0, first - MAX_BLOCKS_BEFORE); i--) {
    const block = blocks[i] as TextBlock;
    if (block.tag === 'H1') break;
    if (
      block.text.length >= MIN_LEDE_LENGTH &&
      block.linkLength <= MAX_LINK_DENSITY * block.text.length &&
      block.tag !== 'LI' &&
      block.hints.slice(0, HINT_LEVELS).some((hint) => LEDE_HINT.test(hint))
    )
      result[i] = true;
  }
  return result;
}

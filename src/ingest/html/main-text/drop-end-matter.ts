import type { TextBlock } from './collect-blocks.js';

/**
 * Headings of the sections that follow an article rather than belong to it: its sources, a
 * contact, the author's biography, its topics, further information. Not references and
 * literature: the annotators of trafilatura-eval count them as text on two dev pages.
 */
const END_MATTER =
  /^(?:quellen(?:angaben)?|quelle|sources?|fuentes|(?:presse)?kontakt|(?:press |media )?contacts?|ansprechpartner(?:in)?(?: zum thema)?|zur person|über (?:den autor|die autorin)|about the author|sobre el autor|à propos de l'auteur|themen im artikel|themen|schlagw(?:o|ö)rter|schlagworte|topics|zusatzinformationen|weitere informationen|further information|more information)\s*:?$/iu;

/** A heading's rank, 1 to 6; 7 for any other block. */
const rankOf = (block: TextBlock) => {
  const match = /^H([1-6])$/.exec(block.tag);
  return match ? Number(match[1]) : 7;
};

/**
 * Leaves out an article's end matter: a line naming it ("Quellenangaben:", "Zur Person") and, when
 * that line is a heading, what follows it up to the next heading of its rank or higher. A line
 * that is not a heading goes alone: what follows it up to the next heading is often the article
 * again. Returns new flags, one per block.
 */
export function dropEndMatter(blocks: TextBlock[], isKept: boolean[]): boolean[] {
  const result = [...isKept];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i] as TextBlock;
    if (!END_MATTER.test(block.text)) continue;
    const rank = rankOf(block);
    result[i] = false;
    for (let j = i + 1; j < blocks.length && rankOf(blocks[j] as TextBlock) > rank; j++) result[j] = false;
  }
  return result;
}

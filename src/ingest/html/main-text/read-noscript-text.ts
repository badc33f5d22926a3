import { collectBlocks } from './collect-blocks.js';
import { isBoilerplateBlock } from './is-boilerplate-block.js';

/** Running text of this many characters makes a `<noscript>` an article's fallback, not a notice. */
const MIN_NOSCRIPT_TEXT_LENGTH = 500;

/**
 * The text a page shows only without scripts: the paragraphs of its `<noscript>` elements that
 * hold an article's worth of text, boilerplate left out. Blogger's templates send the article in
 * a script template, for a script to insert, and again in a `<noscript>`, which Readability
 * removes and the blocks skip. Read before Readability runs.
 */
export function readNoscriptText(document: Document): string[] {
  const texts: string[] = [];
  for (const noscript of document.querySelectorAll('noscript')) {
    if ((noscript.textContent ?? '').length < MIN_NOSCRIPT_TEXT_LENGTH) continue;
    // The blocks skip a <noscript>, so its contents are read from a copy in a <div>.
    const copy = document.createElement('div');
    for (const child of noscript.childNodes) copy.appendChild(child.cloneNode(true));
    const blocks = collectBlocks(copy).filter((block) => !isBoilerplateBlock(block));
    const length = blocks.reduce((sum, block) => sum + block.text.length, 0);
    if (length >= MIN_NOSCRIPT_TEXT_LENGTH) texts.push(...blocks.map((block) => block.text));
  }
  return texts;
}

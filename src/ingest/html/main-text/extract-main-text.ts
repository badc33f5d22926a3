import { addLede } from './add-lede.js';
import { collectBlocks, type TextBlock } from './collect-blocks.js';
import { ensureHtmlRoot } from './ensure-html-root.js';
import { findSelectedBlocks } from './find-selected-blocks.js';
import { findWrappers } from './find-wrappers.js';
import { isBoilerplateBlock } from './is-boilerplate-block.js';
import { matchBlocksByText } from './match-blocks-by-text.js';
import { runReadability } from './run-readability.js';

/** An article's main text. */
export interface MainText {
  /** Plain-text paragraphs in reading order, white space normalised, without the headline. */
  paragraphs: string[];
  /** the headline Readability found, if any */
  title?: string;
}

/**
 * The main text of a news page: the article's paragraphs without navigation, related links,
 * captions, share bars and the like. Mutates `document`.
 *
 * The page is read into blocks first; Readability then picks the article, and its choice is read
 * back as a set of those blocks (it moves the page's text nodes), so the filters see each block's
 * original classes and surroundings, which Readability strips.
 */
export function extractMainText(page: Document, _options: { url?: string } = {}): MainText {
  const document = ensureHtmlRoot(page);
  const root = document.body ?? document.documentElement;
  const owners = new Map<Node, number>();
  const pageBlocks = collectBlocks(root, owners);
  const article = runReadability(document);
  if (!article) return { paragraphs: [] };
  let blocks: TextBlock[] = pageBlocks;
  let isSelected = findSelectedBlocks(article.content, owners, pageBlocks.length);
  if (!isSelected.some(Boolean)) {
    // Readability re-parsed the page for a second attempt, so its text nodes are new ones.
    const extracted = collectBlocks(article.content);
    isSelected = matchBlocksByText(pageBlocks, extracted);
    if (!isSelected.some(Boolean)) {
      blocks = extracted;
      isSelected = blocks.map(() => true);
    }
  }
  isSelected = addLede(blocks, isSelected);
  const isWrapper = findWrappers(blocks, isSelected);
  const paragraphs = blocks
    .filter((block, i) => isSelected[i] && !isBoilerplateBlock(block, isWrapper))
    .map((block) => block.text);
  return article.title ? { paragraphs, title: article.title } : { paragraphs };
}

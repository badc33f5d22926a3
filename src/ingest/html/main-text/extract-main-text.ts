import { MAX_NESTING } from '../parse-html.js';
import { addLede } from './add-lede.js';
import { collectBlocks, type TextBlock, type TreeSize } from './collect-blocks.js';
import { ensureHtmlRoot } from './ensure-html-root.js';
import { findSelectedBlocks } from './find-selected-blocks.js';
import { findWrappers } from './find-wrappers.js';
import { isBoilerplateBlock } from './is-boilerplate-block.js';
import { matchBlocksByText } from './match-blocks-by-text.js';
import { runReadability } from './run-readability.js';
import { scoreBlocks } from './score-blocks.js';

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
  const size: TreeSize = { elements: 0, depth: 0, isTruncated: false };
  const pageBlocks = collectBlocks(root, { owners, size, maxElements: MAX_WALKED_ELEMENTS });
  // Readability's time grows with elements times depth; past these bounds only the own choice runs.
  const isReadable =
    !size.isTruncated && size.elements <= MAX_READABILITY_ELEMENTS && size.depth <= MAX_NESTING;
  const article = isReadable ? runReadability(document) : undefined;
  let paragraphs = article ? readabilityParagraphs(article.content, pageBlocks, owners) : [];
  if (lengthOf(paragraphs) < MIN_ARTICLE_LENGTH) {
    const fallback = keptTexts(pageBlocks, scoreBlocks(pageBlocks));
    if (lengthOf(fallback) > FALLBACK_RATIO * lengthOf(paragraphs)) paragraphs = fallback;
  }
  return article?.title ? { paragraphs, title: article.title } : { paragraphs };
}

/** Three times the most elements of a benchmark page (10,110); Readability took 2 s on 60,000. */
const MAX_READABILITY_ELEMENTS = 30_000;
/**
 * The most elements read at all: a page of 3 million (110 MB) took 4 GB to walk whole. Past
 * this, the main text is chosen from the first 200,000 elements' text.
 */
const MAX_WALKED_ELEMENTS = 200_000;
/** Below this many characters, Readability's choice is compared with newsgraph's own. */
const MIN_ARTICLE_LENGTH = 1000;
/** How much longer newsgraph's own choice must be to replace Readability's. */
const FALLBACK_RATIO = 2;

const TRAILING_LABEL = /^[^.!?]{1,40}:$/u;

const lengthOf = (texts: string[]) => texts.reduce((sum, text) => sum + text.length, 0);

/** The texts of the selected blocks, boilerplate left out. */
function keptTexts(blocks: TextBlock[], isSelected: boolean[]): string[] {
  const isWrapper = findWrappers(blocks, isSelected);
  const texts = blocks
    .filter((block, i) => isSelected[i] && !isBoilerplateBlock(block, isWrapper))
    .map((block) => block.text);
  // A line introducing what follows ("Kontakt:", "Quellen:") is left alone at the end once the
  // boxes it introduced are gone.
  while (texts.length > 0 && TRAILING_LABEL.test(texts[texts.length - 1] as string)) texts.pop();
  return texts;
}

/** Readability's article as the page's blocks it holds, with the standfirst it left out. */
function readabilityParagraphs(
  content: Element,
  pageBlocks: TextBlock[],
  owners: Map<Node, number>,
): string[] {
  let blocks = pageBlocks;
  let isSelected = findSelectedBlocks(content, owners, pageBlocks.length);
  if (!isSelected.some(Boolean)) {
    // Readability re-parsed the page for a second attempt, so its text nodes are new ones.
    const extracted = collectBlocks(content);
    isSelected = matchBlocksByText(pageBlocks, extracted);
    if (!isSelected.some(Boolean)) {
      blocks = extracted;
      isSelected = blocks.map(() => true);
    }
  }
  return keptTexts(blocks, addLede(blocks, isSelected));
}

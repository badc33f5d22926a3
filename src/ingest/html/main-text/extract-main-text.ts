import { MAX_NESTING } from '../parse-html.js';
import { addLede } from './add-lede.js';
import { collectBlocks, normalizeText, type TextBlock, type TreeSize } from './collect-blocks.js';
import { dropEndMatter } from './drop-end-matter.js';
import { dropOrphanHeadings } from './drop-orphan-headings.js';
import { ensureHtmlRoot } from './ensure-html-root.js';
import { findSelectedBlocks } from './find-selected-blocks.js';
import { findWrappers } from './find-wrappers.js';
import { isBoilerplateBlock, isInFigure } from './is-boilerplate-block.js';
import { matchBlocksByText } from './match-blocks-by-text.js';
import { readArticleBody } from './read-article-body.js';
import { readNoscriptText } from './read-noscript-text.js';
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
  const declared = readArticleBody(document);
  const unscripted = readNoscriptText(document);
  const article = isReadable ? runReadability(document) : undefined;
  const headline = article?.title === undefined ? undefined : normalizeText(article.title);
  const chosen = article ? readabilityParagraphs(article.content, pageBlocks, owners, headline) : undefined;
  let paragraphs = chosen?.paragraphs ?? [];
  if (chosen?.isRelaxed || lengthOf(paragraphs) < MIN_ARTICLE_LENGTH) {
    const own = keptTexts(pageBlocks, scoreBlocks(pageBlocks), headline);
    if (isOwnBetter(own, paragraphs, chosen?.isRelaxed ?? false)) paragraphs = own;
  }
  if (lengthOf(declared) > DECLARED_RATIO * lengthOf(paragraphs)) paragraphs = declared;
  if (lengthOf(unscripted) > DECLARED_RATIO * lengthOf(paragraphs)) paragraphs = unscripted;
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
/**
 * How long newsgraph's own choice must be, against Readability's relaxed one, to replace it when
 * the two disagree (tuned on the dev halves: 0.1 to 0.3 alike, 0.5 and 0.01 worse).
 */
const RELAXED_FALLBACK_RATIO = 0.25;
/** The share of the own choice's text that Readability's must hold for the two to agree. */
const AGREEMENT_SHARE = 0.5;
/**
 * How much longer the text a page declares in JSON-LD, or shows only without scripts, must be than
 * the one read from its markup to replace it: a page whose markup holds a teaser or nothing of the
 * article (2 and 3 alike on dev).
 */
const DECLARED_RATIO = 3;
/** The share of the selected text in figures that makes a page a gallery (0.3 and 0.5 alike on dev). */
const GALLERY_SHARE = 0.5;

const LABEL_LINE = /^[^.!?]{1,40}:$/u;

const lengthOf = (texts: string[]) => texts.reduce((sum, text) => sum + text.length, 0);

/**
 * Whether the selected blocks are a gallery: figures' captions holding most of their text, which
 * are then the article, not captions beside it.
 */
function isGallery(blocks: TextBlock[], isSelected: boolean[]): boolean {
  let total = 0;
  let inFigures = 0;
  blocks.forEach((block, i) => {
    if (!isSelected[i]) return;
    total += block.text.length;
    if (isInFigure(block)) inFigures += block.text.length;
  });
  return inFigures > GALLERY_SHARE * total;
}

/**
 * The texts of the selected blocks, boilerplate left out, and the headline: a heading repeating
 * it is returned apart, as `MainText.title`.
 */
function keptTexts(blocks: TextBlock[], isSelected: boolean[], headline?: string): string[] {
  const isWrapper = findWrappers(blocks, isSelected);
  const isCaptioned = isGallery(blocks, isSelected);
  const chosen = blocks.filter((_, i) => isSelected[i]);
  const isKept = dropOrphanHeadings(
    chosen,
    dropEndMatter(
      chosen,
      chosen.map(
        (block) =>
          !isBoilerplateBlock(block, isWrapper, isCaptioned) &&
          !(block.text === headline && /^H[1-6]$/.test(block.tag)),
      ),
    ),
  );
  // A line introducing what follows ("Kontakt:", "Lesen Sie auch die folgenden Beiträge:") goes
  // with the box it introduced: when the next block is left out, or when it is left at the end.
  for (let i = chosen.length - 1; i >= 0; i--)
    if (isKept[i] && isKept[i + 1] !== true && LABEL_LINE.test((chosen[i] as TextBlock).text))
      isKept[i] = false;
  return chosen.filter((_, i) => isKept[i]).map((block) => block.text);
}

/**
 * Whether newsgraph's own choice replaces Readability's: when it is more than twice as long, or,
 * when Readability had to relax its rules and the two choices hardly share any text, when it is
 * at least a quarter as long. Readability relaxes its rules when its first attempt finds under 500
 * characters, which on a page with a short article is the rule, not the exception; the relaxed
 * attempts then take the longest text they see, often an author box, a comment thread or a
 * newsletter form.
 */
function isOwnBetter(own: string[], readability: string[], isRelaxed: boolean): boolean {
  if (lengthOf(own) > FALLBACK_RATIO * lengthOf(readability)) return true;
  if (!isRelaxed) return false;
  const shared = new Set(readability);
  const sharedLength = lengthOf(own.filter((text) => shared.has(text)));
  return (
    sharedLength < AGREEMENT_SHARE * lengthOf(own) &&
    lengthOf(own) >= RELAXED_FALLBACK_RATIO * lengthOf(readability)
  );
}

/**
 * Readability's article as the page's blocks it holds, with the standfirst it left out, and
 * whether Readability had to relax its rules to find it.
 */
function readabilityParagraphs(
  content: Element,
  pageBlocks: TextBlock[],
  owners: Map<Node, number>,
  headline?: string,
): { paragraphs: string[]; isRelaxed: boolean } {
  let blocks = pageBlocks;
  let isSelected = findSelectedBlocks(content, owners, pageBlocks.length);
  const isRelaxed = !isSelected.some(Boolean);
  if (isRelaxed) {
    // Readability re-parsed the page for a second attempt, so its text nodes are new ones.
    const extracted = collectBlocks(content);
    isSelected = matchBlocksByText(pageBlocks, extracted);
    if (!isSelected.some(Boolean)) {
      blocks = extracted;
      isSelected = blocks.map(() => true);
    }
  }
  return { paragraphs: keptTexts(blocks, addLede(blocks, isSelected), headline), isRelaxed };
}

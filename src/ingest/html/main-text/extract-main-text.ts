import { collectBlocks } from './collect-blocks.js';
import { isBoilerplateBlock } from './is-boilerplate-block.js';
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
 */
export function extractMainText(document: Document, _options: { url?: string } = {}): MainText {
  const article = runReadability(document);
  if (!article) return { paragraphs: [] };
  const paragraphs = collectBlocks(article.content)
    .filter((block) => !isBoilerplateBlock(block))
    .map((block) => block.text);
  return article.title ? { paragraphs, title: article.title } : { paragraphs };
}

import { decodeEntities } from '../metadata/decode-entities.js';
import { isArticleNode, readJsonLd } from '../metadata/read-json-ld.js';
import { normalizeText } from './collect-blocks.js';

const HTML_TAG = /<[a-z][^>]*>/i;

/**
 * The article's text as the page declares it in JSON-LD (`articleBody` of an article node), one
 * paragraph per line; none when there is no such text or when it is HTML rather than text. Pages
 * whose text a script fills in, or that send it only to subscribers, often declare it there whole.
 * Read before Readability runs, which removes the page's scripts.
 */
export function readArticleBody(document: Document): string[] {
  for (const node of readJsonLd(document)) {
    const body = node.articleBody;
    if (!isArticleNode(node) || typeof body !== 'string' || HTML_TAG.test(body)) continue;
    return decodeEntities(body).split(/\n+/).map(normalizeText).filter(Boolean);
  }
  return [];
}

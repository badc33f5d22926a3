import { decodeEntities } from './decode-entities.js';
import { isElsewhere } from './is-elsewhere.js';
import { isArticleNode, type JsonLdNode } from './read-json-ld.js';
import { firstMeta } from './read-meta-tags.js';

const MIN_PARAGRAPH_LENGTH = 40;

/**
 * The page's own summary of the article: `dc.description`, `og:description`, the `description`
 * meta tag, `twitter:description` or the article's JSON-LD `description`; else the first paragraph
 * of at least 40 characters, inside `<article>` when there is one; spaces collapsed.
 */
export function readLede(
  document: Document,
  meta: Map<string, string[]>,
  jsonLd: JsonLdNode[],
): string | undefined {
  const fromMeta = firstMeta(meta, [
    'dc.description',
    'dc:description',
    'dcterms.description',
    'og:description',
    'description',
    'twitter:description',
  ]);
  const fromJsonLd = jsonLd
    .filter(isArticleNode)
    .find((node) => typeof node.description === 'string')?.description;
  const lede = (fromMeta ?? decodeEntities((fromJsonLd as string | undefined) ?? ''))
    .replace(/\s+/g, ' ')
    .trim();
  return lede || firstParagraph(document);
}

function firstParagraph(document: Document): string | undefined {
  const scope = document.querySelector('article') ?? document.body;
  for (const paragraph of scope?.querySelectorAll('p') ?? []) {
    if (isElsewhere(paragraph)) continue;
    const text = (paragraph.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text.length >= MIN_PARAGRAPH_LENGTH) return text;
  }
  return undefined;
}

import { Readability } from '@mozilla/readability';

/** What Readability found: the element holding the article (detached from the page) and its headline. */
export interface ReadabilityArticle {
  content: Element;
  title?: string;
}

/**
 * Runs Readability on a document, which it mutates, and returns its article element rather than
 * serialised HTML, so the caller walks the tree Readability built instead of parsing it again.
 */
export function runReadability(document: Document): ReadabilityArticle | undefined {
  const article = new Readability<Element>(document, { serializer: (node) => node as Element }).parse();
  if (!article?.content) return undefined;
  const title = article.title?.trim();
  return title ? { content: article.content, title } : { content: article.content };
}

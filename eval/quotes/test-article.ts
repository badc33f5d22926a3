import { type Article, createArticle } from '../../src/document/article.js';

/** An article built by hand for the tests: a title and body paragraphs, text as newsgraph composes it. */
export function testArticle(title: string, body: string[]): Article {
  return createArticle(
    { title, body, publishedAt: '2020-01-01', source: 'Test' },
    { location: 'test.txt', reader: 'test@1', contentHash: '', retrievedAt: '' },
  );
}

/** The span of the first occurrence of `words` in `text` at or after `from`, with its words. */
export function spanIn(text: string, words: string, from = 0): { text: string; start: number; end: number } {
  const start = text.indexOf(words, from);
  if (start === -1) throw new Error(`"${words}" is not in the test text`);
  return { text: words, start, end: start + words.length };
}

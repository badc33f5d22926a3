import { describe, expect, it } from 'vitest';
import { parseHtml } from '../parse-html.js';
import { readArticleBody } from './read-article-body.js';

const page = (ld: unknown) =>
  parseHtml(
    `<html><head><script type="application/ld+json">${JSON.stringify(ld)}</script></head><body></body></html>`,
  );

describe('readArticleBody', () => {
  it("reads an article node's articleBody as paragraphs", () => {
    const ld = { '@type': 'NewsArticle', articleBody: 'The bridge closed.\n\nLorries  go round &amp; wait.' };
    expect(readArticleBody(page(ld))).toEqual(['The bridge closed.', 'Lorries go round & wait.']);
  });

  it('reads nothing from a body written as HTML or from a node that is not an article', () => {
    expect(
      readArticleBody(page({ '@type': 'NewsArticle', articleBody: '<p>The bridge closed.</p>' })),
    ).toEqual([]);
    expect(readArticleBody(page({ '@type': 'WebPage', articleBody: 'The bridge closed.' }))).toEqual([]);
  });
});

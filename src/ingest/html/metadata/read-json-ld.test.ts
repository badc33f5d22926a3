import { describe, expect, it } from 'vitest';
import { parseHtml } from '../parse-html.js';
import { isArticleNode, readJsonLd } from './read-json-ld.js';

const page = (...blocks: string[]) =>
  parseHtml(
    `<html><head>${blocks.map((block) => `<script type="application/ld+json">${block}</script>`).join('')}</head></html>`,
  );

describe('readJsonLd', () => {
  it('flattens @graph lists and top-level arrays', () => {
    const nodes = readJsonLd(
      page(
        '{"@context":"https://schema.org","@graph":[{"@type":"WebSite"},{"@type":"NewsArticle","headline":"A"}]}',
        '[{"@type":"Person","name":"B"}]',
      ),
    );
    expect(nodes.map((node) => node['@type'])).toEqual([undefined, 'WebSite', 'NewsArticle', 'Person']);
  });

  it('reads a block with raw line breaks in strings and trailing commas', () => {
    const nodes = readJsonLd(page('{"@type":"Article","headline":"Line\none",}'));
    expect(nodes[0]?.headline).toBe('Line one');
  });

  it('skips a block that is not JSON', () => {
    expect(readJsonLd(page('{not json'))).toEqual([]);
  });
});

describe('isArticleNode', () => {
  it('knows an article, a blog post and a list of types with an article among them', () => {
    expect(isArticleNode({ '@type': 'NewsArticle' })).toBe(true);
    expect(isArticleNode({ '@type': 'BlogPosting' })).toBe(true);
    expect(isArticleNode({ '@type': ['WebPage', 'Article'] })).toBe(true);
    expect(isArticleNode({ '@type': 'Organization' })).toBe(false);
  });
});

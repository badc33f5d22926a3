import { describe, expect, it } from 'vitest';
import type { Paragraph } from '../../document/article.js';
import { findDateline } from './find-dateline.js';

/** Title, then body paragraphs, joined as an article's text is. */
function article(...body: string[]): { text: string; paragraphs: Paragraph[] } {
  const parts = ['A title', ...body];
  const paragraphs: Paragraph[] = [];
  let start = 0;
  parts.forEach((part, index) => {
    paragraphs.push({ kind: index === 0 ? 'title' : 'body', start, end: start + part.length });
    start += part.length + 2;
  });
  return { text: parts.join('\n\n'), paragraphs };
}

function dateline(...body: string[]): string[] {
  const { text, paragraphs } = article(...body);
  const found = findDateline(text, paragraphs);
  if (found === undefined) return [];
  const words = [text.slice(found.place.start, found.place.end)];
  if (found.container) words.push(text.slice(found.container.start, found.container.end));
  return words;
}

describe('findDateline', () => {
  it.each([
    ['JERUSALEM — Israel said…', ['JERUSALEM']],
    ['KYIV, Ukraine — Sirens sounded…', ['KYIV', 'Ukraine']],
    ['PORT SUDAN, Sudan (AP) — Aid arrived…', ['PORT SUDAN', 'Sudan']],
    ['WASHINGTON (Reuters) - The talks…', ['WASHINGTON']],
    ['MOBILE, Ala. — Forecasters…', ['MOBILE', 'Ala.']],
  ])('reads the dateline of "%s"', (body, words) => {
    expect(dateline(body)).toEqual(words);
  });

  it('finds none in a paragraph that starts with a sentence', () => {
    expect(dateline('Russia agreed to strengthen coordination — officials said.')).toEqual([]);
  });

  it('looks only at the first body paragraph', () => {
    expect(dateline('The talks went on.', 'JERUSALEM — later…')).toEqual([]);
  });

  it('finds none in an article with only a title', () => {
    expect(findDateline('Title', [{ kind: 'title', start: 0, end: 5 }])).toBeUndefined();
  });
});

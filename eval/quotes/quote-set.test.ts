import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INDIRECT_STYLES, parseQuoteSet, QUOTE_STYLES, QuoteSetError, readQuoteSet } from './quote-set.js';
import { spanIn, testArticle } from './test-article.js';

const article = testArticle('Talks resume', [
  '“We will act,” Netanyahu said, calling the plan a “fiscal conservative” idea.',
]);
const { text } = article;
const articles = new Map([['a.txt', article]]);

function quote(overrides: Record<string, unknown> = {}) {
  return {
    ...spanIn(text, 'We will act,'),
    direct: true,
    style: 'curly',
    cue: spanIn(text, 'said'),
    speaker: {
      name: 'Benjamin Netanyahu',
      code: 'ISRGOV',
      form: 'surname',
      mention: spanIn(text, 'Netanyahu'),
    },
    ...overrides,
  };
}

function fileWith(quotes: unknown[], terms: unknown[] = []) {
  return { articles: [{ file: 'a.txt', split: 'test', quotes, terms }] };
}

function problemsOf(json: unknown): string[] {
  try {
    parseQuoteSet(json, articles, 'annotations.json');
  } catch (error) {
    if (error instanceof QuoteSetError) return error.problems;
    throw error;
  }
  return [];
}

describe('parseQuoteSet', () => {
  it('reads a quotation and a term whose spans slice to their words', () => {
    const set = parseQuoteSet(
      fileWith([quote()], [{ ...spanIn(text, 'fiscal conservative'), kind: 'label' }]),
      articles,
      'annotations.json',
    );
    expect(set.articles[0]?.quotes[0]?.speaker).toMatchObject({
      name: 'Benjamin Netanyahu',
      isDescription: false,
    });
    expect(set.articles[0]?.terms[0]?.kind).toBe('label');
  });

  it('reads whether an article was annotated blind, and takes one without the flag as not', () => {
    const flagged = {
      articles: [{ file: 'a.txt', split: 'test', blind: true, quotes: [quote()], terms: [] }],
    };
    expect(parseQuoteSet(flagged, articles, 'annotations.json').articles[0]?.blind).toBe(true);
    expect(parseQuoteSet(fileWith([quote()]), articles, 'annotations.json').articles[0]?.blind).toBe(false);
  });

  it('names the file, the article and the field of a span that does not slice to its words', () => {
    const cue = { ...spanIn(text, 'said'), text: 'says' };
    expect(problemsOf(fileWith([quote({ cue })]))).toEqual([
      `annotations.json: article a.txt, quotes[0].cue: "says" does not match text.slice(${cue.start}, ${cue.end}), which is "said"`,
    ]);
  });

  it('names the article and field of a shape error', () => {
    expect(problemsOf(fileWith([quote({ style: 'shouted' })]))[0]).toMatch(
      /^annotations\.json: article a\.txt, quotes\[0\]\.style: /,
    );
  });

  it('rejects a direct quotation drawn with its quotation marks', () => {
    const marked = { ...spanIn(text, 'We will act,”'), text: 'We will act,”' };
    expect(problemsOf(fileWith([quote(marked)]))).toContainEqual(
      'annotations.json: article a.txt, quotes[0]: no closing quotation mark after "We will act,”"',
    );
  });

  it('rejects a direct flag that does not fit the style', () => {
    expect(problemsOf(fileWith([quote({ direct: false })]))).toContainEqual(
      'annotations.json: article a.txt, quotes[0].direct: false does not fit style "curly"',
    );
  });

  it('rejects an actor code on a description', () => {
    const speaker = {
      name: 'a senior official',
      isDescription: true,
      code: 'ISRGOV',
      form: 'description',
      mention: spanIn(text, 'Netanyahu'),
    };
    expect(problemsOf(fileWith([quote({ speaker })]))).toContainEqual(
      'annotations.json: article a.txt, quotes[0].speaker.code: a description has no actor code',
    );
  });

  it('rejects an article file with no annotations, and annotations of a missing file', () => {
    const json = { articles: [{ file: 'b.txt', split: 'dev', quotes: [], terms: [] }] };
    expect(problemsOf(json)).toEqual([
      'annotations.json: article b.txt, file: no such file in articles/',
      'annotations.json: article a.txt: in articles/ but not annotated',
    ]);
  });
});

describe('the quote set written for the project', () => {
  const set = readQuoteSet(join(import.meta.dirname));
  const quotes = set.articles.flatMap((entry) => entry.quotes);

  it('has at least 30 articles, 120 quotations and 30 quoted words that are not speech', () => {
    expect(set.articles.length).toBeGreaterThanOrEqual(30);
    expect(quotes.length).toBeGreaterThanOrEqual(120);
    expect(set.articles.flatMap((entry) => entry.terms).length).toBeGreaterThanOrEqual(30);
  });

  it('holds every style of quotation', () => {
    expect(new Set(quotes.map((each) => each.style))).toEqual(new Set(QUOTE_STYLES));
    expect(quotes.filter((each) => INDIRECT_STYLES.has(each.style)).length).toBeGreaterThanOrEqual(40);
  });

  it('keeps between a quarter and half of its articles for development', () => {
    const dev = set.articles.filter((entry) => entry.split === 'dev').length;
    expect(dev / set.articles.length).toBeGreaterThan(0.25);
    // 21 of 43 after four were written for codes (courts, police, army, rebels, unions, the central bank,
    // IGO staff) the others did not try; 25 of 51 since four development and four test articles were
    // written together, blind, for the ways wire news attributes speech; 31 of 57 since six development
    // articles were written, blind, for the speaker codes; 31 of 63 since six test articles (58 to 63)
    // were written and annotated blind, without running the pipeline on them.
    expect(dev / set.articles.length).toBeLessThan(0.5);
  });
});

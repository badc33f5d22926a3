import { describe, expect, it } from 'vitest';
import { type ArticleRecord, bodyParagraphs, composeText, createArticle, type Origin } from './article.js';
import type { Diagnostic } from './diagnostic.js';

const ORIGIN: Origin = {
  location: 'examples/article.txt',
  reader: 'seed@1.0.0',
  contentHash: 'a'.repeat(64),
  retrievedAt: '2024-01-01T00:00:00.000Z',
};

const RECORD: ArticleRecord = {
  title: 'A headline',
  lede: 'A short summary.',
  body: ['First paragraph.', 'Second paragraph.'],
  publishedAt: '2018-06-17',
  image: 'photo.jpg',
  source: 'Behold Israel',
  url: 'https://example.com/news/1',
  language: 'en',
  authors: ['Jane Doe'],
};

describe('composeText', () => {
  it('joins title, lede and body paragraphs with blank lines', () => {
    expect(composeText('Title', 'Lede', ['One', 'Two']).text).toBe('Title\n\nLede\n\nOne\n\nTwo');
  });

  it('gives each paragraph its kind and half-open span', () => {
    // "Title" 0-5, then "\n\n", "Lede" 7-11, "One" 13-16, "Two" 18-21.
    expect(composeText('Title', 'Lede', ['One', 'Two']).paragraphs).toEqual([
      { kind: 'title', start: 0, end: 5 },
      { kind: 'lede', start: 7, end: 11 },
      { kind: 'body', start: 13, end: 16 },
      { kind: 'body', start: 18, end: 21 },
    ]);
  });

  it('leaves out an empty lede', () => {
    const { text, paragraphs } = composeText('Title', '', ['One']);
    expect(text).toBe('Title\n\nOne');
    expect(paragraphs.map((paragraph) => paragraph.kind)).toEqual(['title', 'body']);
  });

  it('counts offsets in UTF-16 code units, so an emoji takes two', () => {
    // "Rockets 🚀 fly" is 8 + 2 + 4 = 14 units; "Flag 🇮🇱 here" is 5 + 4 + 5 = 14 units.
    const { paragraphs } = composeText('Rockets \u{1F680} fly', '', ['Flag \u{1F1EE}\u{1F1F1} here', 'End']);
    expect(paragraphs).toEqual([
      { kind: 'title', start: 0, end: 14 },
      { kind: 'body', start: 16, end: 30 },
      { kind: 'body', start: 32, end: 35 },
    ]);
  });

  it.each([
    ['plain text', 'A headline', 'A summary.', ['One paragraph.', 'Another one.']],
    [
      'emoji',
      'Rockets \u{1F680} fly',
      'Lede \u{1F600}\u{1F600}',
      ['Flag \u{1F1EE}\u{1F1F1} here', '\u{1F4A5}'],
    ],
    ['accents and quotes', 'Iran’s “red line”', '', ['Café – naïve', 'Ж and 中文']],
  ])('slices every paragraph back out of its span with %s', (_kind, title, lede, body) => {
    const { text, paragraphs } = composeText(title, lede, body);
    const expected = [title, ...(lede ? [lede] : []), ...body];
    expect(paragraphs.map((paragraph) => text.slice(paragraph.start, paragraph.end))).toEqual(expected);
  });
});

describe('createArticle', () => {
  it('fixes the canonical text from title, lede and body', () => {
    expect(createArticle(RECORD, ORIGIN).text).toBe(
      'A headline\n\nA short summary.\n\nFirst paragraph.\n\nSecond paragraph.',
    );
  });

  it('drops NUL characters, which no text means and PostgreSQL cannot store', () => {
    const article = createArticle(
      { ...RECORD, title: 'A\u0000 headline', body: ['First\u0000 paragraph.'] },
      ORIGIN,
    );
    expect(article.text).toBe('A headline\n\nA short summary.\n\nFirst paragraph.');
  });

  it('copies the record fields', () => {
    expect(createArticle(RECORD, ORIGIN)).toMatchObject({
      title: 'A headline',
      lede: 'A short summary.',
      image: 'photo.jpg',
      source: 'Behold Israel',
      url: 'https://example.com/news/1',
      language: 'en',
      authors: ['Jane Doe'],
      publishedAt: '2018-06-17',
    });
  });

  it('folds line breaks and runs of white space inside a paragraph to one space', () => {
    const article = createArticle(
      {
        title: '  Israel and\n  Russia\tagree ',
        lede: 'A\u00a0 short\n\nsummary.',
        body: ['First\r\n  paragraph.'],
      },
      ORIGIN,
    );
    expect(article.title).toBe('Israel and Russia agree');
    expect(article.lede).toBe('A short summary.');
    expect(article.text).toBe('Israel and Russia agree\n\nA short summary.\n\nFirst paragraph.');
  });

  it('drops body paragraphs that are empty or white space only', () => {
    const article = createArticle({ title: 'T', body: ['', 'One.', ' \n\t ', 'Two.'] }, ORIGIN);
    expect(bodyParagraphs(article)).toEqual(['One.', 'Two.']);
    expect(article.paragraphs).toHaveLength(3);
  });

  it('fills absent fields with empty values', () => {
    expect(createArticle({ title: 'T', body: ['B.'] }, ORIGIN)).toMatchObject({
      lede: '',
      image: '',
      source: '',
      url: '',
      language: '',
      authors: [],
      publishedAt: '',
    });
  });

  it('drops empty author names', () => {
    expect(createArticle({ ...RECORD, authors: [' Jane  Doe ', '  '] }, ORIGIN).authors).toEqual([
      'Jane Doe',
    ]);
  });

  it('keeps its origin and diagnostics', () => {
    const diagnostics: Diagnostic[] = [
      { severity: 'warning', code: 'date-day-first', message: 'm', line: 3 },
    ];
    const article = createArticle(RECORD, ORIGIN, diagnostics);
    expect(article.origin).toEqual(ORIGIN);
    expect(article.diagnostics).toEqual(diagnostics);
  });

  it('gives every paragraph a span that slices back to its text', () => {
    const article = createArticle({ ...RECORD, body: ['Emoji \u{1F600} here.', 'Last.'] }, ORIGIN);
    expect(article.paragraphs.map((paragraph) => article.text.slice(paragraph.start, paragraph.end))).toEqual(
      ['A headline', 'A short summary.', 'Emoji \u{1F600} here.', 'Last.'],
    );
  });
});

describe('bodyParagraphs', () => {
  it('reads the body paragraphs back from the text, without title and lede', () => {
    expect(bodyParagraphs(createArticle(RECORD, ORIGIN))).toEqual(['First paragraph.', 'Second paragraph.']);
  });
});

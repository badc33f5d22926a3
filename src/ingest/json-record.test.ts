import { describe, expect, it } from 'vitest';
import { createArticle, type Origin } from '../document/article.js';
import { InputError } from './input-error.js';
import { readJsonRecord } from './json-record.js';

/** A record the way news-please writes it, nulls included. */
const NEWS_PLEASE = {
  authors: ['Jane Doe', 'John Roe'],
  date_download: '2019-03-05 08:00:00',
  date_modify: null,
  date_publish: '2019-03-04 10:15:00',
  description: 'A short summary.',
  filename: 'https%3A%2F%2Fexample.com%2Fnews%2F1.json',
  image_url: 'https://example.com/photo.jpg',
  language: 'en',
  localpath: null,
  maintext: 'First paragraph.\nSecond paragraph.\n\nThird paragraph.',
  source_domain: 'example.com',
  title: 'A headline',
  title_page: null,
  title_rss: null,
  url: 'https://example.com/news/1',
};

const ORIGIN: Origin = {
  location: 'test.json',
  reader: 'json@1.0.0',
  contentHash: '0'.repeat(64),
  retrievedAt: '2024-01-01T00:00:00.000Z',
};

function errorOf(value: unknown, where?: { line?: number; prefix?: string }): InputError {
  try {
    readJsonRecord(value, where);
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected readJsonRecord to throw an InputError');
}

describe('readJsonRecord', () => {
  it('maps a news-please record onto the article record', () => {
    expect(readJsonRecord(NEWS_PLEASE).record).toEqual({
      title: 'A headline',
      lede: 'A short summary.',
      body: ['First paragraph.', 'Second paragraph.', 'Third paragraph.'],
      publishedAt: '2019-03-04T10:15:00',
      image: 'https://example.com/photo.jpg',
      source: 'example.com',
      url: 'https://example.com/news/1',
      language: 'en',
      authors: ['Jane Doe', 'John Roe'],
    });
  });

  it('records no diagnostic for a complete news-please record', () => {
    expect(readJsonRecord(NEWS_PLEASE).diagnostics).toEqual([]);
  });

  it('reads the body of the contract form from its text and body paragraph spans', () => {
    // "A headline" 0-10, "A short summary." 12-28, "First paragraph." 30-46, "Second paragraph." 48-65.
    const value = {
      title: 'A headline',
      lede: 'A short summary.',
      publishedAt: '2018-06-17',
      text: 'A headline\n\nA short summary.\n\nFirst paragraph.\n\nSecond paragraph.',
      paragraphs: [
        { kind: 'title', start: 0, end: 10 },
        { kind: 'lede', start: 12, end: 28 },
        { kind: 'body', start: 30, end: 46 },
        { kind: 'body', start: 48, end: 65 },
      ],
    };
    expect(readJsonRecord(value).record).toEqual({
      title: 'A headline',
      lede: 'A short summary.',
      publishedAt: '2018-06-17',
      body: ['First paragraph.', 'Second paragraph.'],
    });
  });

  it('reads an article written in the contract form back to the same text and id', () => {
    const article = createArticle(
      {
        title: 'A headline',
        lede: 'A short summary.',
        body: ['First paragraph with an emoji \u{1F600}.', 'Second paragraph.'],
        publishedAt: '2018-06-17',
        source: 'Behold Israel',
      },
      ORIGIN,
    );
    const again = createArticle(readJsonRecord(JSON.parse(JSON.stringify(article))).record, ORIGIN);
    expect(again.text).toBe(article.text);
    expect(again.id).toBe(article.id);
  });

  it('reads a body given as an array of paragraphs', () => {
    expect(readJsonRecord({ title: 'T', body: [' One. ', '', 'Two.'] }).record.body).toEqual([
      'One.',
      'Two.',
    ]);
  });

  it('reads a single author given as a string', () => {
    expect(readJsonRecord({ title: 'T', body: 'B', authors: 'Jane Doe' }).record.authors).toEqual([
      'Jane Doe',
    ]);
  });

  it('does not repeat a description equal to the first body paragraph as the lede', () => {
    const value = { ...NEWS_PLEASE, description: ' First paragraph. ' };
    const { record } = readJsonRecord(value);
    expect(record.lede).toBeUndefined();
    expect(record.body[0]).toBe('First paragraph.');
  });

  it('warns when there is no publication date', () => {
    const { record, diagnostics } = readJsonRecord({ title: 'T', body: 'B' }, { line: 4 });
    expect(record.publishedAt).toBeUndefined();
    expect(diagnostics).toEqual([
      expect.objectContaining({ severity: 'warning', code: 'date-missing', line: 4 }),
    ]);
  });

  it('passes on the warning of a day-first date', () => {
    const { diagnostics } = readJsonRecord({ title: 'T', body: 'B', date: '17/06/2018' });
    expect(diagnostics).toEqual([expect.objectContaining({ code: 'date-day-first' })]);
  });

  it('rejects a record without a title, naming the field', () => {
    const error = errorOf({ maintext: 'B' }, { line: 2 });
    expect(error.field).toBe('title');
    expect(error.line).toBe(2);
  });

  it('rejects an empty title, naming the field', () => {
    const error = errorOf({ title: '   ', maintext: 'B' });
    expect(error.field).toBe('title');
    expect(error.message).toBe('missing or empty');
  });

  it('rejects a title that is not a string, naming the field', () => {
    expect(errorOf({ title: 42, maintext: 'B' }).field).toBe('title');
  });

  it('rejects a date that cannot be read, naming the field and quoting the value', () => {
    const error = errorOf({ ...NEWS_PLEASE, date_publish: 'yesterday' }, { line: 5 });
    expect(error.field).toBe('date_publish');
    expect(error.line).toBe(5);
    expect(error.message).toContain('"yesterday"');
  });

  it('rejects a record without a body, naming the field', () => {
    expect(errorOf({ title: 'T', maintext: ' \n ' }).field).toBe('body');
  });

  it('names the array item of a field that is wrong', () => {
    expect(errorOf({ maintext: 'B' }, { prefix: '[2].' }).field).toBe('[2].title');
  });

  it('names the array item of a date that is wrong', () => {
    expect(errorOf({ title: 'T', body: 'B', date: '02/30/2018' }, { prefix: '[2].' }).field).toBe('[2].date');
  });

  it.each([
    ['a string', 'just text'],
    ['a number', 42],
    ['null', null],
  ])('rejects %s as not a JSON object', (_kind, value) => {
    const error = errorOf(value);
    expect(error.message).toBe('not a JSON object');
    expect(error.field).toBeUndefined();
  });

  it('rejects an array item that is not an object, naming the item', () => {
    const error = errorOf('just text', { prefix: '[1].' });
    expect(error.message).toBe('not a JSON object');
    expect(error.field).toBe('[1]');
  });

  it('falls back to date_publish when publishedAt is blank', () => {
    const { record } = readJsonRecord({
      title: 'T',
      body: ['B.'],
      publishedAt: ' ',
      date_publish: '2019-03-04 10:15:00',
    });
    expect(record.publishedAt).toBe('2019-03-04T10:15:00');
  });

  it('falls back to maintext when body is an empty list', () => {
    const { record } = readJsonRecord({ title: 'T', body: [], maintext: 'One.\nTwo.' });
    expect(record.body).toEqual(['One.', 'Two.']);
  });

  it('does not take the title and lede of a canonical text given without spans as body', () => {
    const text = 'Talks resume\n\nEnvoys met.\n\nThe first paragraph.\n\nThe second.';
    const { record } = readJsonRecord({ title: 'Talks resume', lede: 'Envoys met.', text });
    expect(record.body).toEqual(['The first paragraph.', 'The second.']);
  });

  it('rejects a paragraph span outside the text, naming it', () => {
    const error = errorOf({
      title: 'T',
      text: 'T\n\nBody.',
      paragraphs: [{ start: 3, end: 40, kind: 'body' }],
    });
    expect(error.field).toBe('paragraphs[0]');
    expect(error.message).toMatch(/outside the text/);
  });
});

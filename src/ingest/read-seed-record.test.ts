import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decodeText } from './decode-text.js';
import { InputError } from './input-error.js';
import { isSeedRecord, readSeedRecord } from './read-seed-record.js';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SEED_PATH = resolve(REPO_ROOT, '../shared/seeds/000_69708e555aba87ee.txt');

const TITLE = 'Israel and Russia agreed to strengthen military coordination in Syria';
const LEDE = 'PM spoke with Putin and Pompeo over the weekend on Iran and Syria.';
const IMAGE = 'xmjJUymMYMkAEjIqG4p7BkTQxgVV4mcD.jpg';
const FIRST = 'Prime Minister Netanyahu spoke with Putin and Pompeo.';
const SECOND = 'Russia agreed to strengthen its military coordination with Israel.';
const SOURCE = 'Behold Israel';

/** Blocks separated by one blank line, ending with a newline: the seed format. */
const seed = (...blocks: string[]): string => `${blocks.join('\n\n')}\n`;

/** Lines 1 title, 3 date, 5 lede, 7 image, 9 and 11 body, 13 source. */
const WELL_FORMED = seed(TITLE, '06/17/2018', LEDE, IMAGE, FIRST, SECOND, SOURCE);
const WELL_FORMED_RECORD = {
  title: TITLE,
  publishedAt: '2018-06-17',
  lede: LEDE,
  image: IMAGE,
  body: [FIRST, SECOND],
  source: SOURCE,
};

function errorOf(text: string): InputError {
  try {
    readSeedRecord(text);
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected readSeedRecord to throw an InputError');
}

describe('readSeedRecord', () => {
  it('reads the project seed article', (ctx) => {
    ctx.skip(!existsSync(SEED_PATH), `missing ${SEED_PATH}`);
    const { record, diagnostics } = readSeedRecord(decodeText(readFileSync(SEED_PATH)));
    expect(record.title).toBe('Israel and Russia agreed to strengthen military coordination in Syria');
    expect(record.publishedAt).toBe('2018-06-17');
    expect(record.lede?.startsWith('PM spoke with Putin')).toBe(true);
    expect(record.image).toBe('xmjJUymMYMkAEjIqG4p7BkTQxgVV4mcD.jpg');
    // The file has six body paragraphs between the image line and the source line.
    expect(record.body).toHaveLength(6);
    expect(record.body[0]?.startsWith('Prime Minister Netanyahu spoke')).toBe(true);
    expect(record.body[5]?.startsWith('Addressing the press')).toBe(true);
    expect(record.source).toBe('Behold Israel');
    expect(diagnostics.filter((diagnostic) => diagnostic.severity === 'warning')).toEqual([]);
  });

  it('reads a well-formed record into title, date, lede, image, body and source', () => {
    expect(readSeedRecord(WELL_FORMED).record).toEqual(WELL_FORMED_RECORD);
  });

  it('records no diagnostic for a well-formed record', () => {
    expect(readSeedRecord(WELL_FORMED).diagnostics).toEqual([]);
  });

  it('takes the paragraph after the date as the lede when the image is missing', () => {
    const { record, diagnostics } = readSeedRecord(seed(TITLE, '06/17/2018', LEDE, FIRST, SECOND, SOURCE));
    expect(record).toEqual({ ...WELL_FORMED_RECORD, image: undefined });
    expect(diagnostics).toEqual([expect.objectContaining({ code: 'image-missing', line: 5 })]);
  });

  it('reads a record without a lede, noting it', () => {
    const { record, diagnostics } = readSeedRecord(seed(TITLE, '06/17/2018', IMAGE, FIRST, SECOND, SOURCE));
    expect(record).toEqual({ ...WELL_FORMED_RECORD, lede: undefined });
    expect(diagnostics).toEqual([expect.objectContaining({ code: 'lede-missing', line: 5 })]);
  });

  it('reads a record with CRLF line endings', () => {
    const bytes = Buffer.from(WELL_FORMED.replace(/\n/g, '\r\n'));
    const { record, diagnostics } = readSeedRecord(decodeText(bytes));
    expect(record).toEqual(WELL_FORMED_RECORD);
    expect(diagnostics).toEqual([]);
  });

  it('reads a record that starts with a UTF-8 byte order mark', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(WELL_FORMED)]);
    expect(readSeedRecord(decodeText(bytes)).record).toEqual(WELL_FORMED_RECORD);
  });

  it('reads a record with extra blank lines between its blocks', () => {
    const text = `\n\n${[TITLE, '06/17/2018', LEDE, IMAGE, FIRST, SECOND, SOURCE].join('\n \n\n\n')}\n\n\n`;
    const { record, diagnostics } = readSeedRecord(text);
    expect(record).toEqual(WELL_FORMED_RECORD);
    expect(diagnostics).toEqual([]);
  });

  it('reads a day-first date with a warning', () => {
    const { record, diagnostics } = readSeedRecord(
      seed(TITLE, '17/06/2018', LEDE, IMAGE, FIRST, SECOND, SOURCE),
    );
    expect(record.publishedAt).toBe('2018-06-17');
    expect(diagnostics).toEqual([
      expect.objectContaining({ severity: 'warning', code: 'date-day-first', line: 3 }),
    ]);
  });

  it('reads a written date', () => {
    const { record, diagnostics } = readSeedRecord(
      seed(TITLE, 'June 17, 2018', LEDE, IMAGE, FIRST, SECOND, SOURCE),
    );
    expect(record.publishedAt).toBe('2018-06-17');
    expect(diagnostics).toEqual([]);
  });

  it('reads a trailing "Source:" label as the source name', () => {
    const { record, diagnostics } = readSeedRecord(
      seed(TITLE, '06/17/2018', LEDE, IMAGE, FIRST, SECOND, 'Source: Behold Israel'),
    );
    expect(record).toEqual(WELL_FORMED_RECORD);
    expect(diagnostics).toEqual([]);
  });

  it('reads a title with its date on the next line without a blank line', () => {
    const text = seed(`${TITLE}\n06/17/2018`, LEDE, IMAGE, FIRST, SECOND, SOURCE);
    const { record, diagnostics } = readSeedRecord(text);
    expect(record).toEqual(WELL_FORMED_RECORD);
    expect(diagnostics).toEqual([]);
  });

  it('reads a source name not set apart by a blank line, with a warning', () => {
    // The last block starts at line 11 with the second paragraph; the source name is line 12.
    const { record, diagnostics } = readSeedRecord(
      seed(TITLE, '06/17/2018', LEDE, IMAGE, FIRST, `${SECOND}\n${SOURCE}`),
    );
    expect(record).toEqual(WELL_FORMED_RECORD);
    expect(diagnostics).toEqual([
      expect.objectContaining({ severity: 'warning', code: 'source-not-separated', line: 12 }),
    ]);
  });

  it('keeps a last paragraph that reads like a sentence in the body, with a warning', () => {
    const { record, diagnostics } = readSeedRecord(seed(TITLE, '06/17/2018', LEDE, IMAGE, FIRST, SECOND));
    expect(record).toEqual({ ...WELL_FORMED_RECORD, source: undefined });
    expect(diagnostics).toEqual([
      expect.objectContaining({ severity: 'warning', code: 'source-missing', line: 11 }),
    ]);
  });

  it('reads a record without a date, with a warning on the line after the title', () => {
    const { record, diagnostics } = readSeedRecord(seed(TITLE, LEDE, IMAGE, FIRST, SECOND, SOURCE));
    expect(record).toEqual({ ...WELL_FORMED_RECORD, publishedAt: undefined });
    expect(diagnostics).toEqual([expect.objectContaining({ code: 'date-missing', line: 3 })]);
  });

  it('joins a title over two lines, with a warning', () => {
    const text = seed(
      'Israel and Russia agreed\nto strengthen military coordination in Syria',
      '06/17/2018',
      LEDE,
      IMAGE,
      FIRST,
      SECOND,
      SOURCE,
    );
    const { record, diagnostics } = readSeedRecord(text);
    expect(record.title).toBe(TITLE);
    expect(diagnostics).toEqual([expect.objectContaining({ code: 'title-multiline', line: 1 })]);
  });

  it('rejects a date that does not exist, naming its line', () => {
    const error = errorOf(seed(TITLE, '02/30/2018', LEDE, IMAGE, FIRST, SECOND, SOURCE));
    expect(error.message).toBe('date "02/30/2018" does not exist');
    expect(error.line).toBe(3);
  });

  it('rejects a record with no body, naming the line after the image', () => {
    // Image on line 7: the body should start after it.
    const error = errorOf(seed(TITLE, '06/17/2018', LEDE, IMAGE, SOURCE));
    expect(error.message).toMatch(/^no body/);
    expect(error.line).toBe(8);
  });

  it('rejects a record of a title, a date and a source label, naming the line after the date', () => {
    const error = errorOf(seed(TITLE, '06/17/2018', 'Source: Behold Israel'));
    expect(error.message).toMatch(/^no body/);
    expect(error.line).toBe(4);
  });
});

describe('isSeedRecord', () => {
  it.each([
    ['a well-formed record', WELL_FORMED],
    ['a record whose date follows the title on the next line', seed(`${TITLE}\n06/17/2018`, LEDE, FIRST)],
    ['a record without a date but with an image line', seed(TITLE, LEDE, IMAGE, FIRST, SOURCE)],
    ['a record with an image URL', seed(TITLE, LEDE, 'https://example.com/photo.webp?w=600', FIRST)],
  ])('says yes to %s', (_description, text) => {
    expect(isSeedRecord(text)).toBe(true);
  });

  it.each([
    ['plain prose', seed('A headline', 'The first paragraph of prose.', 'The second paragraph.')],
    [
      'prose whose second paragraph mentions a date',
      seed('A headline', 'On 06/17/2018 the two leaders spoke.', 'The second paragraph.'),
    ],
    ['one line of prose', 'Just one line of text.\n'],
  ])('says no to %s', (_description, text) => {
    expect(isSeedRecord(text)).toBe(false);
  });
});

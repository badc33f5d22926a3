import { describe, expect, it } from 'vitest';
import { InputError } from './input-error.js';
import { readPlainText } from './read-plain-text.js';

describe('readPlainText', () => {
  it('takes the first line as the title', () => {
    expect(readPlainText('A headline\n\nThe body.\n').record.title).toBe('A headline');
  });

  it('splits the body at blank lines, joining the lines of a paragraph', () => {
    const text = 'A headline\n\nFirst paragraph,\nstill the first.\n\n\nSecond paragraph.\n';
    expect(readPlainText(text).record.body).toEqual([
      'First paragraph, still the first.',
      'Second paragraph.',
    ]);
  });

  it('splits the body at every line when the text has no blank lines', () => {
    const text = 'A headline\nFirst line.\nSecond line.\nThird line.\n';
    expect(readPlainText(text).record.body).toEqual(['First line.', 'Second line.', 'Third line.']);
  });

  it('keeps the lines after the title in its block as the first paragraph', () => {
    const text = 'A headline\nA subtitle\n\nThe body.\n';
    expect(readPlainText(text).record.body).toEqual(['A subtitle', 'The body.']);
  });

  it('notes that the text was read as plain text', () => {
    expect(readPlainText('\nA headline\nThe body.\n').diagnostics).toEqual([
      expect.objectContaining({ severity: 'info', code: 'plain-text', line: 2 }),
    ]);
  });

  it('reads no date, lede, image or source', () => {
    expect(readPlainText('A headline\nThe body.\n').record).toEqual({
      title: 'A headline',
      body: ['The body.'],
    });
  });

  it('rejects a text that has a title and nothing else', () => {
    let error: unknown;
    try {
      readPlainText('Only a title\n\n');
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toMatch(/^no body/);
    expect((error as InputError).line).toBe(2);
  });
});

import { describe, expect, it } from 'vitest';
import { parseHtml } from '../parse-html.js';
import { ensureHtmlRoot } from './ensure-html-root.js';

describe('ensureHtmlRoot', () => {
  it('returns a well-rooted document as it is', () => {
    const document = parseHtml('<html><body><p>Text</p></body></html>');
    expect(ensureHtmlRoot(document)).toBe(document);
  });

  it('puts the page of a document rooted at a stray element back under <html> and <body>', () => {
    const document = parseHtml(
      '<br><b>Warning</b>: db down<html><head><title>T</title></head><body><p>Text</p></body></html>',
    );
    const repaired = ensureHtmlRoot(document);
    expect(repaired.documentElement.tagName).toBe('HTML');
    expect(repaired.body.querySelector('p')?.textContent).toBe('Text');
  });
});

import { describe, expect, it } from 'vitest';
import { splitSnippet } from './split-snippet.js';

describe('splitSnippet', () => {
  it('returns the highlights as spans into the unmarked snippet', () => {
    const { snippet, highlights } = splitSnippet('the <Prime> <Minister> spoke', '<', '>');
    expect(snippet).toBe('the Prime Minister spoke');
    expect(highlights.map((span) => snippet.slice(span.start, span.end))).toEqual(['Prime', 'Minister']);
  });

  it('folds a paragraph break to one space without moving the highlights', () => {
    const { snippet, highlights } = splitSnippet('back.\n\nIn a <speech>', '<', '>');
    expect(snippet).toBe('back. In a speech');
    expect(highlights.map((span) => snippet.slice(span.start, span.end))).toEqual(['speech']);
  });

  it('counts a character outside the Basic Multilingual Plane as two units', () => {
    const { snippet, highlights } = splitSnippet('🇨🇭 <Zürich>', '<', '>');
    expect(snippet.slice(highlights[0]?.start, highlights[0]?.end)).toBe('Zürich');
  });
});

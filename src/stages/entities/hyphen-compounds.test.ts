import { describe, expect, it } from 'vitest';
import type { Span } from '../../document/span.js';
import { nameTokens } from './hyphen-compounds.js';

/** Tokens as the tokenizer gives them: words, and hyphens between them without spaces. */
function tokenize(text: string): Span[] {
  return [...text.matchAll(/[\p{L}\p{M}.'’]+|-|[^\s\p{L}-]/gu)].map((match) => ({
    start: match.index ?? 0,
    end: (match.index ?? 0) + match[0].length,
  }));
}

function name(text: string, words: string) {
  const tokens = tokenize(text);
  const [from, ...rest] = words.split(' ');
  const start = tokens.findIndex((token) => text.slice(token.start, token.end) === from);
  const span = nameTokens(tokens, text, start, start + 1 + rest.length);
  return text.slice(tokens[span.start]?.start, tokens[span.end - 1]?.end);
}

describe('nameTokens', () => {
  it('makes a linked place name whole from any of its parts', () => {
    expect(name('Gangs tighten their grip on Port-au-Prince today.', 'Port -')).toBe('Port-au-Prince');
    expect(name('Gangs tighten their grip on Port-au-Prince today.', 'Prince')).toBe('Port-au-Prince');
    expect(name('He was born in Stratford-upon-Avon in 1564.', 'Stratford')).toBe('Stratford-upon-Avon');
  });

  it('leaves words joined between names, or ending lowercase, as tagged', () => {
    expect(name('The Israel-Gaza war went on.', 'Israel')).toBe('Israel');
    expect(name('Russian-backed forces advanced.', 'Russian')).toBe('Russian');
    expect(name('The U.S.-China talks resumed.', 'China')).toBe('China');
  });

  it('drops a hyphen left hanging at either end', () => {
    expect(name('The Israel-Gaza war went on.', 'Israel -')).toBe('Israel');
    expect(name('The Israel-Gaza war went on.', '- Gaza')).toBe('Gaza');
  });
});

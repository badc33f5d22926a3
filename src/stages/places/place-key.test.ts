import { describe, expect, it } from 'vitest';
import { placeKey } from './place-key.js';

describe('placeKey', () => {
  it.each([
    ['Paris', 'paris'],
    ['PARIS', 'paris'],
    ['São Paulo', 'sao paulo'],
    ['Ta‘izz', 'taizz'],
    ["N'Djamena", 'ndjamena'],
    ['U.S.', 'us'],
    ['Port-au-Prince', 'port au prince'],
    ['St. Petersburg', 'saint petersburg'],
    ['the Netherlands', 'netherlands'],
    ['Washington, D.C.', 'washington dc'],
    ['Wrocław', 'wroclaw'],
    ['  Gaza   City ', 'gaza city'],
  ])('files "%s" under "%s"', (written, key) => {
    expect(placeKey(written)).toBe(key);
  });

  it('keeps "The" when it is the whole name', () => {
    expect(placeKey('The')).toBe('the');
  });

  it('gives an empty key for punctuation alone', () => {
    expect(placeKey("'.-")).toBe('');
  });
});

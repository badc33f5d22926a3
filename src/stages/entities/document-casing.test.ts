import { describe, expect, it } from 'vitest';
import { documentCasing } from './document-casing.js';

describe('documentCasing', () => {
  it('counts words capitalized inside a sentence and words in lower case, by their lower-case form', () => {
    const casing = documentCasing([
      ['The', 'mayor', 'of', 'Paris', 'met', 'the', 'Mayor', '.'],
      ['Paris', 'wins', '(', 'Lyon', 'loses', ')'],
    ]);
    expect(Object.fromEntries(casing.capitalizedInside)).toEqual({ paris: 1, mayor: 1 });
    expect(Object.fromEntries(casing.lowerCase)).toEqual({
      mayor: 1,
      of: 1,
      met: 1,
      the: 1,
      wins: 1,
      loses: 1,
    });
  });

  it('reads case beyond ASCII as toLowerCase and toUpperCase do', () => {
    const casing = documentCasing([
      ['Die', 'Straße', 'nach', 'İstanbul', 'und', 'straße', 'σοφία', '東京', 'ǅemal'],
    ]);
    expect(Object.fromEntries(casing.capitalizedInside)).toEqual({ straße: 1, i̇stanbul: 1, ǆemal: 1 });
    expect(Object.fromEntries(casing.lowerCase)).toEqual({ nach: 1, und: 1, straße: 1, σοφία: 1 });
  });

  it('skips sentences mostly in capitals, whose case says nothing', () => {
    const casing = documentCasing([['RUSSIA', 'AND', 'ISRAEL', 'agree', '.']]);
    expect(casing.capitalizedInside.size + casing.lowerCase.size).toBe(0);
  });
});

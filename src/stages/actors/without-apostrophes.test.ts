import { describe, expect, it } from 'vitest';
import { withoutApostrophes } from './without-apostrophes.js';

describe('withoutApostrophes', () => {
  it('writes "People\'s" as "Peoples", as the dictionary does', () => {
    expect(withoutApostrophes(['Tigray', 'People’s', 'Liberation', 'Front'])).toEqual([
      'Tigray',
      'Peoples',
      'Liberation',
      'Front',
    ]);
  });

  it('gives none for a name without apostrophes', () => {
    expect(withoutApostrophes(['Nigeria', 'Labour', 'Congress'])).toBeUndefined();
  });
});

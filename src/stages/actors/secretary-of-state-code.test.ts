import { describe, expect, it } from 'vitest';
import { secretaryOfStateCode } from './secretary-of-state-code.js';

describe('secretaryOfStateCode', () => {
  it('reads a bare "Secretary of State" as the United States government', () => {
    expect(secretaryOfStateCode(['Secretary', 'of', 'State'])).toBe('USAGOV');
  });

  it('reads "the Secretary of State" after a comma the same', () => {
    expect(secretaryOfStateCode([',', 'the', 'Secretary', 'of', 'State'])).toBe('USAGOV');
  });

  it('gives none with another word before it ("Northern Ireland Secretary of State")', () => {
    expect(secretaryOfStateCode(['Ireland', 'Secretary', 'of', 'State'])).toBeUndefined();
  });

  it('gives none for another title', () => {
    expect(secretaryOfStateCode(['Foreign', 'Secretary'])).toBeUndefined();
  });
});

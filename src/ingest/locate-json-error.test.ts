import { describe, expect, it } from 'vitest';
import { locateJsonError } from './locate-json-error.js';

describe('locateJsonError', () => {
  it.each([
    ['{"title": oops}', 10],
    ['[1 2]', 3],
    ['[\n{},\n{"a": tru}\n]', 15],
    ['{"a": 1,}', 8],
  ])('finds where parsing %j stops', (text, offset) => {
    expect(locateJsonError(text)).toBe(offset);
  });
});

import { describe, expect, it } from 'vitest';
import { parseDuration } from './parse-duration.js';

describe('parseDuration', () => {
  it.each([
    ['90s', 90_000],
    ['15m', 900_000],
    ['1h', 3_600_000],
    ['5', 300_000],
    ['1.5h', 5_400_000],
  ])('reads %s', (text, ms) => {
    expect(parseDuration(text)).toBe(ms);
  });

  it.each(['', 'soon', '10x', '0s', '500ms'])('refuses "%s"', (text) => {
    expect(() => parseDuration(text)).toThrow('expected a duration such as 90s, 15m or 1h, at least 1s');
  });
});

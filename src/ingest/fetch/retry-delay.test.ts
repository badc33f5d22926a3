import { describe, expect, it } from 'vitest';
import { retryDelayMs } from './retry-delay.js';

const NOW = Date.parse('2026-01-01T00:00:00Z');
const base = { baseMs: 500, retryAfter: undefined, maxRetryAfterMs: 60_000, now: NOW, random: 0.5 };

describe('retryDelayMs', () => {
  it.each([
    [0, 0, 250],
    [0, 1, 500],
    [1, 0, 500],
    [2, 0.5, 1500],
  ])('backs off exponentially with jitter (attempt %i, random %f: %i ms)', (attempt, random, expected) => {
    expect(retryDelayMs({ ...base, attempt, random })).toBe(expected);
  });

  it.each([
    ['seconds', '7', 7000],
    ['an HTTP date', 'Thu, 01 Jan 2026 00:00:20 GMT', 20_000],
    ['a date in the past, as no wait beyond the backoff', 'Wed, 31 Dec 2025 23:00:00 GMT', 375],
    ['nonsense, as no wait beyond the backoff', 'later please', 375],
    ['a wait shorter than the backoff, as the backoff', '0', 375],
  ])('honours Retry-After given as %s', (_name, retryAfter, expected) => {
    expect(retryDelayMs({ ...base, attempt: 0, retryAfter })).toBe(expected);
  });

  it('gives up when Retry-After asks for longer than the cap', () => {
    expect(retryDelayMs({ ...base, attempt: 0, retryAfter: '3600' })).toBeUndefined();
  });
});

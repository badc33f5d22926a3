import { describe, expect, it } from 'vitest';
import { FetchError } from './fetch-error.js';

describe('FetchError', () => {
  it('names the method, the URL and the reason in its message', () => {
    const error = new FetchError('http-status', 'https://example.com/feed', '404 Not Found', {
      httpStatus: 404,
    });
    expect(error.message).toBe('GET https://example.com/feed: 404 Not Found');
    expect(error.code).toBe('http-status');
    expect(error.httpStatus).toBe(404);
    expect(error.url).toBe('https://example.com/feed');
    expect(error.reason).toBe('404 Not Found');
  });

  it('keeps the error it wraps as its cause', () => {
    const cause = new Error('socket hang up');
    const error = new FetchError('network', 'http://example.com/', 'connection reset', { cause });
    expect(error.cause).toBe(cause);
    expect(error.httpStatus).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { resolveUrl } from './resolve-url.js';

describe('resolveUrl', () => {
  it.each([
    ['https://a.example/x', [], 'https://a.example/x'],
    ['/x', ['https://a.example/dir/'], 'https://a.example/x'],
    ['x', ['https://a.example/dir/'], 'https://a.example/dir/x'],
    ['//cdn.example/i.jpg', ['https://a.example/'], 'https://cdn.example/i.jpg'],
    ['x', [undefined, 'not a url', 'https://b.example/'], 'https://b.example/x'],
    ['  https://a.example/x  ', [], 'https://a.example/x'],
  ])('resolves %s against %j as %s', (raw, bases, url) => {
    expect(resolveUrl(raw, ...bases)).toBe(url);
  });

  it.each([
    ['/x', []],
    ['javascript:alert(1)', ['https://a.example/']],
    ['mailto:a@b.example', []],
    ['', ['https://a.example/']],
    [undefined, ['https://a.example/']],
  ])('gives nothing for %s against %j', (raw, bases) => {
    expect(resolveUrl(raw, ...bases)).toBeUndefined();
  });
});

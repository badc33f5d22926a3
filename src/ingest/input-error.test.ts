import { describe, expect, it } from 'vitest';
import { formatRejection, InputError, rejectionFrom } from './input-error.js';

describe('rejectionFrom', () => {
  it('takes the reason, line and field of an InputError', () => {
    const error = new InputError('missing or empty', { line: 4, field: '[2].title' });
    expect(rejectionFrom('a.json', error)).toEqual({
      input: 'a.json',
      line: 4,
      field: '[2].title',
      reason: 'missing or empty',
    });
  });

  it('falls back to the line it is given when the error has none', () => {
    expect(rejectionFrom('a.jsonl', new InputError('invalid JSON'), 7)).toEqual({
      input: 'a.jsonl',
      line: 7,
      reason: 'invalid JSON',
    });
  });

  it('describes a file-system error by its code, without the syscall details', () => {
    const error = Object.assign(new Error("EACCES: permission denied, open 'a.txt'"), { code: 'EACCES' });
    expect(rejectionFrom('a.txt', error)).toEqual({ input: 'a.txt', reason: 'permission denied' });
  });
});

describe('formatRejection', () => {
  it.each([
    [{ input: 'a.txt', reason: 'empty file' }, 'a.txt: empty file'],
    [{ input: 'a.jsonl', line: 3, reason: 'invalid JSON' }, 'a.jsonl:3: invalid JSON'],
    [
      { input: 'a.json', line: 1, field: '[2].title', reason: 'missing or empty' },
      'a.json:1: field "[2].title": missing or empty',
    ],
  ])('prints %o as "%s"', (rejection, text) => {
    expect(formatRejection(rejection)).toBe(text);
  });
});

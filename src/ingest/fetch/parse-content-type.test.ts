import { describe, expect, it } from 'vitest';
import { parseContentType } from './parse-content-type.js';

describe('parseContentType', () => {
  it.each([
    [undefined, {}],
    ['', {}],
    ['text/html', { contentType: 'text/html' }],
    ['text/html; charset=UTF-8', { contentType: 'text/html', charset: 'utf-8' }],
    [
      'Application/RSS+XML;Charset="ISO-8859-1"',
      { contentType: 'application/rss+xml', charset: 'iso-8859-1' },
    ],
    [
      'text/plain; format=flowed; charset=windows-1252',
      { contentType: 'text/plain', charset: 'windows-1252' },
    ],
    ['text/html; charset=', { contentType: 'text/html' }],
  ])('reads %j', (header, expected) => {
    expect(parseContentType(header)).toEqual(expected);
  });
});

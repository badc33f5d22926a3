import { describe, expect, it } from 'vitest';
import { parseRobots } from './parse-robots.js';
import { robotsAllows } from './robots-allows.js';

function allows(rules: string, path: string): boolean {
  return robotsAllows(parseRobots(`User-agent: *\n${rules}`, 'newsgraph'), path);
}

describe('robotsAllows', () => {
  it.each([
    ['no rules', '', '/anything', true],
    ['a prefix', 'Disallow: /private', '/private/page', false],
    ['a prefix that only looks alike', 'Disallow: /private/', '/privateer', true],
    ['everything', 'Disallow: /', '/news/today', false],
    ['the longer Allow', 'Disallow: /news\nAllow: /news/public', '/news/public/1', true],
    ['the longer Disallow', 'Allow: /news\nDisallow: /news/drafts', '/news/drafts/1', false],
    ['Allow on a tie', 'Disallow: /page\nAllow: /page', '/page', true],
    ['a * in the middle', 'Disallow: /*/print', '/2024/story/print', false],
    ['a * that finds nothing', 'Disallow: /*/print', '/2024/story', true],
    ['a final $', 'Disallow: /*.pdf$', '/files/report.pdf', false],
    ['a final $ with more after it', 'Disallow: /*.pdf$', '/files/report.pdf?download=1', true],
    ['a $ that is not final, taken literally', 'Disallow: /a$b', '/a$bc', false],
    ['the query string', 'Disallow: /search?q=', '/search?q=news', false],
    ['/robots.txt, never disallowed', 'Disallow: /', '/robots.txt', true],
    ['a non-ASCII pattern against its percent-encoded path', 'Disallow: /ツ', '/%E3%83%84', false],
    ['lower-case escapes against upper-case ones', 'Disallow: /%e3%83%84', '/%E3%83%84', false],
    ['escaped unreserved characters against plain ones', 'Disallow: /foo/%62%61%7A', '/foo/baz', false],
    ['many stars without slowing down', `Disallow: /${'a*'.repeat(40)}b`, `/${'a'.repeat(5000)}`, true],
  ])('decides on %s', (_name, rules, path, expected) => {
    expect(allows(rules, path)).toBe(expected);
  });
});

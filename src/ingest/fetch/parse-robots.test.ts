import { describe, expect, it } from 'vitest';
import { parseRobots } from './parse-robots.js';

const disallow = (pattern: string) => ({ allow: false, pattern });
const allow = (pattern: string) => ({ allow: true, pattern });

describe('parseRobots', () => {
  it.each([
    ['no file at all', '', []],
    [
      'the * group when no group names the crawler',
      'User-agent: *\nDisallow: /private',
      [disallow('/private')],
    ],
    [
      'the group naming the crawler over the * group',
      'User-agent: *\nDisallow: /\n\nUser-agent: newsgraph\nDisallow: /drafts',
      [disallow('/drafts')],
    ],
    [
      'a product token matched case-insensitively and without its version',
      'User-agent: NewsGraph/2.0\nDisallow: /x',
      [disallow('/x')],
    ],
    ['nothing from a group for another crawler', 'User-agent: otherbot\nDisallow: /', []],
    ['nothing from a group for a longer name', 'User-agent: newsgraphs\nDisallow: /', []],
    [
      'the rules of every group naming the crawler, combined',
      'User-agent: newsgraph\nDisallow: /a\n\nUser-agent: otherbot\nDisallow: /b\n\nUser-agent: newsgraph\nAllow: /c',
      [disallow('/a'), allow('/c')],
    ],
    [
      'one group for consecutive user-agent lines',
      'User-agent: otherbot\nUser-agent: newsgraph\nDisallow: /shared',
      [disallow('/shared')],
    ],
    [
      'a new group when a user-agent line follows rules',
      'User-agent: newsgraph\nDisallow: /a\nUser-agent: otherbot\nDisallow: /b',
      [disallow('/a')],
    ],
    [
      'comments, blank lines, odd case and CRLF line ends',
      '# site rules\r\nUSER-AGENT: *  # everyone\r\n\r\ndisallow: /tmp # scratch\r\nALLOW:/tmp/public\r\n',
      [disallow('/tmp'), allow('/tmp/public')],
    ],
    ['no rule for an empty Disallow', 'User-agent: *\nDisallow:', []],
    ['rules before any user-agent ignored', 'Disallow: /\nUser-agent: *\nDisallow: /x', [disallow('/x')]],
    [
      'a sitemap line between user-agent lines, which is no group member',
      'User-agent: otherbot\nSitemap: https://x/s.xml\nUser-agent: newsgraph\nDisallow: /y',
      [disallow('/y')],
    ],
    [
      'lines that cannot be read skipped',
      'User-agent: *\nthis is not a rule\nDisallow: /z',
      [disallow('/z')],
    ],
    ['a leading byte order mark ignored', '\uFEFFUser-agent: *\nDisallow: /b', [disallow('/b')]],
  ])('reads %s', (_name, text, expected) => {
    expect(parseRobots(text, 'newsgraph').rules).toEqual(expected);
  });

  it.each([
    ['User-agent: *\nCrawl-delay: 5', 5],
    ['User-agent: *\nCrawl-delay: 0.5', 0.5],
    ['User-agent: *\nCrawl-delay: soon', undefined],
    ['User-agent: *\nCrawl-delay: -3', undefined],
    ['User-agent: otherbot\nCrawl-delay: 9', undefined],
    ['User-agent: newsgraph\nCrawl-delay: 2\n\nUser-agent: newsgraph\nCrawl-delay: 7', 7],
  ])('reads the crawl delay of %j as %s seconds', (text, expected) => {
    expect(parseRobots(text, 'newsgraph').crawlDelaySeconds).toBe(expected);
  });
});

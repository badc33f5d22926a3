import { describe, expect, it } from 'vitest';
import { FetchError } from './fetch-error.js';
import { fetchRobots } from './fetch-robots.js';
import type { HttpExchange } from './request-once.js';

const ORIGIN = 'https://news.example';

function answer(httpStatus: number, body = '', headers: HttpExchange['headers'] = {}): HttpExchange {
  return { httpStatus, statusLine: `${httpStatus}`, headers, bytes: Buffer.from(body) };
}

/** Answers by URL; every URL asked for is recorded. */
function requestFrom(answers: Record<string, HttpExchange | FetchError>) {
  const asked: string[] = [];
  const request = async (url: URL) => {
    asked.push(url.href);
    const found = answers[url.href] ?? answer(404);
    if (found instanceof FetchError) throw found;
    return found;
  };
  return { asked, request };
}

describe('fetchRobots', () => {
  it('reads the rules of a 200 answer', async () => {
    const { request, asked } = requestFrom({
      'https://news.example/robots.txt': answer(200, 'User-agent: *\nDisallow: /x'),
    });
    expect(await fetchRobots(ORIGIN, { request, productToken: 'newsgraph' })).toEqual({
      kind: 'rules',
      rules: { rules: [{ allow: false, pattern: '/x' }] },
    });
    expect(asked).toEqual(['https://news.example/robots.txt']);
  });

  it.each([401, 403, 404, 410])('takes a %i as no rules at all', async (status) => {
    const { request } = requestFrom({ 'https://news.example/robots.txt': answer(status) });
    expect(await fetchRobots(ORIGIN, { request, productToken: 'newsgraph' })).toEqual({
      kind: 'rules',
      rules: { rules: [] },
    });
  });

  it.each([429, 500, 503])('takes a %i as unreachable', async (status) => {
    const { request } = requestFrom({ 'https://news.example/robots.txt': answer(status) });
    expect(await fetchRobots(ORIGIN, { request, productToken: 'newsgraph' })).toMatchObject({
      kind: 'unreachable',
      httpStatus: status,
    });
  });

  it('takes no answer at all as unreachable', async () => {
    const failure = new FetchError('timeout', 'https://news.example/robots.txt', 'no response within 10 s');
    const { request } = requestFrom({ 'https://news.example/robots.txt': failure });
    expect(await fetchRobots(ORIGIN, { request, productToken: 'newsgraph' })).toEqual({
      kind: 'unreachable',
      reason: 'no response within 10 s',
      error: failure,
    });
  });

  it('follows redirects to the file', async () => {
    const { request, asked } = requestFrom({
      'https://news.example/robots.txt': answer(301, '', { location: 'https://www.news.example/robots.txt' }),
      'https://www.news.example/robots.txt': answer(200, 'User-agent: *\nDisallow: /'),
    });
    const verdict = await fetchRobots(ORIGIN, { request, productToken: 'newsgraph' });
    expect(verdict).toMatchObject({ kind: 'rules', rules: { rules: [{ allow: false, pattern: '/' }] } });
    expect(asked).toHaveLength(2);
  });

  it('takes more than five redirects as no rules', async () => {
    const { request, asked } = requestFrom({
      'https://news.example/robots.txt': answer(302, '', { location: '/robots.txt' }),
    });
    expect(await fetchRobots(ORIGIN, { request, productToken: 'newsgraph' })).toEqual({
      kind: 'rules',
      rules: { rules: [] },
    });
    expect(asked).toHaveLength(6);
  });

  it('passes on a refused private address of the origin itself', async () => {
    const refused = new FetchError('blocked-private', 'https://news.example/robots.txt', 'refused');
    const { request } = requestFrom({ 'https://news.example/robots.txt': refused });
    await expect(fetchRobots(ORIGIN, { request, productToken: 'newsgraph' })).rejects.toBe(refused);
  });

  it('takes a redirect to a private address as unreachable', async () => {
    const { request } = requestFrom({
      'https://news.example/robots.txt': answer(302, '', { location: 'http://10.0.0.1/robots.txt' }),
      'http://10.0.0.1/robots.txt': new FetchError(
        'blocked-private',
        'http://10.0.0.1/robots.txt',
        'refused',
      ),
    });
    expect(await fetchRobots(ORIGIN, { request, productToken: 'newsgraph' })).toMatchObject({
      kind: 'unreachable',
    });
  });
});

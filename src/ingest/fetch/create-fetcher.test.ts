import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { createFetcher, DEFAULT_FETCHER_OPTIONS, type FetcherOptions } from './create-fetcher.js';
import { FetchError } from './fetch-error.js';

type Handler = (request: IncomingMessage, response: ServerResponse) => void;

interface TestServer {
  origin: string;
  port: number;
  /** Paths requested, robots.txt included, in order. */
  requests: string[];
  headers: IncomingMessage['headers'][];
}

const servers: Server[] = [];

afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

/** A server on 127.0.0.1 answering by path; robots.txt is a 404 unless a route says otherwise. */
async function serve(routes: Record<string, Handler>): Promise<TestServer> {
  const requests: string[] = [];
  const headers: IncomingMessage['headers'][] = [];
  const server = createServer((request, response) => {
    const url = request.url ?? '/';
    requests.push(url);
    headers.push(request.headers);
    const route = routes[url] ?? routes[url.replace(/\?.*$/, '')] ?? routes['*'];
    if (route) route(request, response);
    else response.writeHead(404).end('not found');
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, port, requests, headers };
}

/** A fetcher for the local server: private addresses allowed, everything small and fast. */
function localFetcher(options: FetcherOptions = {}) {
  return createFetcher({
    allowPrivate: true,
    minHostIntervalMs: 0,
    firstByteTimeoutMs: 2000,
    timeoutMs: 5000,
    retryBaseMs: 1,
    maxBytes: 64 * 1024,
    ...options,
  });
}

const text = (body: string | Buffer, headers: Record<string, string> = {}): Handler => {
  return (_request, response) =>
    response.writeHead(200, { 'content-type': 'text/plain', ...headers }).end(body);
};

function caught(promise: Promise<unknown>): Promise<FetchError> {
  return promise.then(
    () => {
      throw new Error('expected the fetch to fail');
    },
    (error: unknown) => {
      expect(error).toBeInstanceOf(FetchError);
      return error as FetchError;
    },
  );
}

describe('createFetcher', () => {
  describe('answers', () => {
    it('returns the body, the media type and the charset of a page', async () => {
      const server = await serve({
        '/page': text(Buffer.from('<p>caf\xe9</p>', 'latin1'), {
          'content-type': 'text/html; charset=ISO-8859-1',
          etag: '"v1"',
        }),
      });
      const result = await localFetcher().fetch(`${server.origin}/page`);
      expect(result).toMatchObject({
        status: 'ok',
        url: `${server.origin}/page`,
        httpStatus: 200,
        contentType: 'text/html',
        charset: 'iso-8859-1',
        etag: '"v1"',
        redirects: [],
      });
      expect(result.status === 'ok' && result.bytes.toString('latin1')).toBe('<p>caf\xe9</p>');
    });

    it.each([
      ['gzip', gzipSync],
      ['br', brotliCompressSync],
    ])('decompresses a %s body', async (coding, compress) => {
      const body = 'All the news. '.repeat(500);
      const server = await serve({
        '/page': (request, response) => {
          expect(request.headers['accept-encoding']).toBe('gzip, deflate, br');
          response.writeHead(200, { 'content-encoding': coding }).end(compress(Buffer.from(body)));
        },
      });
      const result = await localFetcher().fetch(`${server.origin}/page`);
      expect(result.status === 'ok' && result.bytes.toString()).toBe(body);
    });

    it('sends the configured User-Agent, to robots.txt too', async () => {
      const server = await serve({ '/page': text('ok') });
      await localFetcher({ userAgent: 'TestBot/9.9 (+https://test.example)' }).fetch(`${server.origin}/page`);
      expect(server.requests).toEqual(['/robots.txt', '/page']);
      expect(server.headers.map((headers) => headers['user-agent'])).toEqual([
        'TestBot/9.9 (+https://test.example)',
        'TestBot/9.9 (+https://test.example)',
      ]);
    });

    it('sends a newsgraph User-Agent by default', () => {
      expect(DEFAULT_FETCHER_OPTIONS.userAgent).toMatch(/^newsgraph\/\d+\.\d+\.\d+ \(\+https:\/\//);
    });
  });

  describe('conditional GET', () => {
    const conditional: Handler = (request, response) => {
      const isSame =
        request.headers['if-none-match'] === '"v7"' ||
        request.headers['if-modified-since'] === 'Tue, 01 Dec 2026 10:00:00 GMT';
      if (isSame) response.writeHead(304, { etag: '"v7"' }).end();
      else response.writeHead(200, { etag: '"v7"' }).end('<rss/>');
    };

    it('says not modified when the ETag still matches', async () => {
      const server = await serve({ '/feed': conditional });
      const result = await localFetcher().fetch(`${server.origin}/feed`, { etag: '"v7"' });
      expect(result).toEqual({ status: 'not-modified', url: `${server.origin}/feed`, etag: '"v7"' });
    });

    it('says not modified when nothing changed since Last-Modified, keeping the date sent', async () => {
      const server = await serve({ '/feed': conditional });
      const lastModified = 'Tue, 01 Dec 2026 10:00:00 GMT';
      const result = await localFetcher().fetch(`${server.origin}/feed`, { lastModified });
      expect(result).toMatchObject({ status: 'not-modified', etag: '"v7"', lastModified });
    });

    it('returns the new body when the ETag changed', async () => {
      const server = await serve({ '/feed': conditional });
      const result = await localFetcher().fetch(`${server.origin}/feed`, { etag: '"v6"' });
      expect(result).toMatchObject({ status: 'ok', etag: '"v7"' });
    });
  });

  describe('redirects', () => {
    const redirect =
      (location: string, status = 302): Handler =>
      (_request, response) =>
        response.writeHead(status, { location }).end();

    it('follows a chain of redirects and records it', async () => {
      let origin = '';
      const server = await serve({
        '/old': redirect('/moved', 301),
        // An absolute Location this time, which names the port known only once the server listens.
        '/moved': (request, response) => redirect(`${origin}/new`, 307)(request, response),
        '/new': text('here'),
      });
      origin = server.origin;
      const result = await localFetcher().fetch(`${origin}/old#part`);
      expect(result).toMatchObject({
        status: 'ok',
        url: `${origin}/new`,
        redirects: [`${origin}/old`, `${origin}/moved`],
      });
    });

    it('checks robots.txt of the origin a redirect leads to', async () => {
      const target = await serve({
        '/robots.txt': text('User-agent: *\nDisallow: /private'),
        '*': text('no'),
      });
      const source = await serve({ '/go': redirect(`${target.origin}/private/page`) });
      const error = await caught(localFetcher().fetch(`${source.origin}/go`));
      expect(error).toMatchObject({ code: 'robots-disallowed', url: `${target.origin}/private/page` });
      expect(target.requests).toEqual(['/robots.txt']);
    });

    it('gives up on a redirect loop after maxRedirects', async () => {
      let hops = 0;
      const server = await serve({
        '/loop': (request, response) => redirect(`/loop?${++hops}`)(request, response),
      });
      const error = await caught(localFetcher({ maxRedirects: 3 }).fetch(`${server.origin}/loop`));
      expect(error.code).toBe('too-many-redirects');
      expect(error.message).toMatch(/more than 3 redirects/);
      expect(hops).toBe(4);
    });

    it('refuses a redirect to another scheme', async () => {
      const server = await serve({ '/page': redirect('file:///etc/passwd') });
      const error = await caught(localFetcher().fetch(`${server.origin}/page`));
      expect(error.code).toBe('unsupported-scheme');
    });
  });

  describe('limits', () => {
    it('refuses a gzip bomb once its output passes maxBytes', async () => {
      const bomb = gzipSync(Buffer.alloc(20 * 1024 * 1024));
      const server = await serve({ '/bomb': text(bomb, { 'content-encoding': 'gzip' }) });
      const error = await caught(localFetcher({ maxBytes: 1024 * 1024 }).fetch(`${server.origin}/bomb`));
      expect(error.code).toBe('too-large');
      expect(error.message).toMatch(/decompressed body is larger than the limit of 1 MB/);
    });

    it('refuses a body whose Content-Length is over maxBytes without reading it', async () => {
      const server = await serve({ '/big': text(Buffer.alloc(100 * 1024)) });
      const error = await caught(localFetcher().fetch(`${server.origin}/big`));
      expect(error.code).toBe('too-large');
    });

    it('refuses a body over maxBytes sent without a Content-Length', async () => {
      const server = await serve({
        '/big': (_request, response) => {
          response.writeHead(200);
          for (let index = 0; index < 100; index++) response.write(Buffer.alloc(1024));
          response.end();
        },
      });
      const error = await caught(localFetcher().fetch(`${server.origin}/big`));
      expect(error.code).toBe('too-large');
    });

    it('times out on a server that never answers, without retrying', async () => {
      const server = await serve({ '/silent': () => {} });
      const error = await caught(
        localFetcher({ firstByteTimeoutMs: 200, respectRobots: false }).fetch(`${server.origin}/silent`),
      );
      expect(error.code).toBe('timeout');
      expect(error.message).toBe(`GET ${server.origin}/silent: no response within 200 ms`);
      expect(server.requests).toEqual(['/silent']);
    });

    it('times out on a body that stops coming', async () => {
      const server = await serve({
        '/stalls': (_request, response) => {
          response.writeHead(200);
          response.write('the beginning');
        },
      });
      const error = await caught(
        localFetcher({ timeoutMs: 300, respectRobots: false }).fetch(`${server.origin}/stalls`),
      );
      expect(error.code).toBe('timeout');
      expect(error.message).toMatch(/did not complete within 300 ms/);
    });
  });

  describe('errors and retries', () => {
    it('fails on a 404 at once, naming the status', async () => {
      const server = await serve({});
      const error = await caught(localFetcher().fetch(`${server.origin}/feed.xml`));
      expect(error.code).toBe('http-status');
      expect(error.httpStatus).toBe(404);
      expect(error.message).toBe(`GET ${server.origin}/feed.xml: 404 Not Found`);
      expect(server.requests).toEqual(['/robots.txt', '/feed.xml']);
    });

    it('fails cleanly on an error status whose body never ends', async () => {
      const server = await serve({
        '/page': (_request, response) => {
          response.writeHead(500);
          response.write('x'.repeat(100_000));
        },
      });
      const error = await caught(localFetcher({ retries: 1 }).fetch(`${server.origin}/page`));
      expect(error).toMatchObject({ code: 'http-status', httpStatus: 500 });
    });

    it('retries a 503 and returns the answer that follows', async () => {
      let calls = 0;
      const server = await serve({
        '/page': (request, response) => {
          if (++calls === 1) response.writeHead(503).end();
          else text('back')(request, response);
        },
      });
      const result = await localFetcher().fetch(`${server.origin}/page`);
      expect(result.status === 'ok' && result.bytes.toString()).toBe('back');
      expect(calls).toBe(2);
    });

    it('gives up after the retries on a server that keeps failing', async () => {
      const server = await serve({ '/page': (_request, response) => response.writeHead(500).end() });
      const error = await caught(localFetcher({ retries: 2 }).fetch(`${server.origin}/page`));
      expect(error).toMatchObject({ code: 'http-status', httpStatus: 500 });
      expect(server.requests.filter((path) => path === '/page')).toHaveLength(3);
    });

    it('waits as long as Retry-After asks', async () => {
      const sleeps: number[] = [];
      let calls = 0;
      const server = await serve({
        '/page': (request, response) => {
          if (++calls === 1) response.writeHead(429, { 'retry-after': '7' }).end();
          else text('ok')(request, response);
        },
      });
      const sleep = async (ms: number) => {
        sleeps.push(ms);
      };
      await localFetcher({ sleep, respectRobots: false }).fetch(`${server.origin}/page`);
      expect(sleeps).toEqual([7000]);
    });

    it('gives up at once when Retry-After asks for longer than the cap', async () => {
      const server = await serve({
        '/page': (_request, response) => response.writeHead(503, { 'retry-after': '3600' }).end(),
      });
      const error = await caught(localFetcher().fetch(`${server.origin}/page`));
      expect(error.message).toBe(
        `GET ${server.origin}/page: 503 Service Unavailable (Retry-After: 3600, longer than the 60 s waited at most)`,
      );
      expect(server.requests.filter((path) => path === '/page')).toHaveLength(1);
    });

    it('retries after the connection breaks', async () => {
      let calls = 0;
      const server = await serve({
        '/page': (request, response) => {
          if (++calls === 1) request.socket.destroy();
          else text('fine')(request, response);
        },
      });
      const result = await localFetcher().fetch(`${server.origin}/page`);
      expect(result.status).toBe('ok');
      expect(calls).toBe(2);
    });

    it('says a closed port refuses the connection', async () => {
      const server = await serve({});
      const [closing] = servers.splice(0);
      await new Promise((resolve) => closing?.close(resolve));
      const error = await caught(localFetcher({ retries: 0 }).fetch(`${server.origin}/page`));
      expect(error.code).toBe('network');
      expect(error.message).toMatch(/connection refused \(ECONNREFUSED\)/);
    });

    it.each([
      ['not a URL', 'not a url', 'invalid-url'],
      ['an empty string', '', 'invalid-url'],
      ['a host-less http URL', 'http://', 'invalid-url'],
      ['an ftp URL', 'ftp://example.com/feed', 'unsupported-scheme'],
      ['a file URL', 'file:///etc/passwd', 'unsupported-scheme'],
    ])('refuses %s', async (_name, url, code) => {
      const error = await caught(localFetcher().fetch(url));
      expect(error.code).toBe(code);
    });
  });

  describe('robots.txt', () => {
    const robots = (body: string): Handler => text(body);

    it('refuses a page robots.txt disallows, without requesting it', async () => {
      const server = await serve({
        '/robots.txt': robots('User-agent: *\nDisallow: /private/'),
        '/private/page': text('secret'),
      });
      const error = await caught(localFetcher().fetch(`${server.origin}/private/page`));
      expect(error.code).toBe('robots-disallowed');
      expect(error.message).toBe(
        `GET ${server.origin}/private/page: ${server.origin}/robots.txt disallows it for newsgraph`,
      );
      expect(server.requests).toEqual(['/robots.txt']);
    });

    it('follows the group that names its own product token', async () => {
      const server = await serve({
        '/robots.txt': robots('User-agent: *\nDisallow: /\n\nUser-agent: newsgraph\nAllow: /'),
        '/page': text('ok'),
      });
      expect((await localFetcher().fetch(`${server.origin}/page`)).status).toBe('ok');
    });

    it('reads robots.txt once per origin', async () => {
      const server = await serve({ '/robots.txt': robots('User-agent: *\nAllow: /'), '*': text('ok') });
      const fetcher = localFetcher();
      await fetcher.fetch(`${server.origin}/one`);
      await fetcher.fetch(`${server.origin}/two`);
      expect(server.requests).toEqual(['/robots.txt', '/one', '/two']);
    });

    it('takes everything as off limits while robots.txt answers 5xx', async () => {
      const server = await serve({ '/robots.txt': (_request, response) => response.writeHead(503).end() });
      const error = await caught(localFetcher().fetch(`${server.origin}/page`));
      expect(error.code).toBe('robots-disallowed');
      expect(error.message).toMatch(/robots.txt could not be read .*503 Service Unavailable/);
      expect(error.httpStatus).toBe(503);
    });

    it('ignores robots.txt when told to', async () => {
      const server = await serve({
        '/robots.txt': robots('User-agent: *\nDisallow: /'),
        '/page': text('ok'),
      });
      expect((await localFetcher({ respectRobots: false }).fetch(`${server.origin}/page`)).status).toBe('ok');
      expect(server.requests).toEqual(['/page']);
    });

    it('spaces requests by a Crawl-delay longer than the interval, up to the cap', async () => {
      const sleeps: number[] = [];
      let time = 0;
      const clock = {
        now: () => time,
        sleep: async (ms: number) => {
          sleeps.push(ms);
          time += ms;
        },
      };
      const server = await serve({ '/robots.txt': robots('User-agent: *\nCrawl-delay: 2'), '*': text('ok') });
      const fetcher = localFetcher({ ...clock, minHostIntervalMs: 500, maxCrawlDelayMs: 1500 });
      await fetcher.fetch(`${server.origin}/one`);
      await fetcher.fetch(`${server.origin}/two`);
      expect(sleeps).toEqual([1500, 1500]);
    });
  });

  describe('private addresses', () => {
    it.each([
      ['127.0.0.1', (port: number) => `http://127.0.0.1:${port}/page`],
      ['localhost', (port: number) => `http://localhost:${port}/page`],
      ['::ffff:127.0.0.1', (port: number) => `http://[::ffff:127.0.0.1]:${port}/page`],
    ])('refuses %s by default, before any request', async (_name, urlFor) => {
      const server = await serve({ '*': text('ok') });
      const error = await caught(createFetcher({ retries: 0 }).fetch(urlFor(server.port)));
      expect(error.code).toBe('blocked-private');
      expect(error.url).toBe(new URL(urlFor(server.port)).href);
      expect(error.message).toMatch(/refused to connect to .*, a loopback address/);
      expect(server.requests).toEqual([]);
    });

    it('refuses a public-looking name that resolves to a loopback address', async () => {
      const server = await serve({ '*': text('ok') });
      const lookup = async () => [{ address: '127.0.0.1', family: 4 }];
      const error = await caught(createFetcher({ lookup }).fetch(`http://news.example:${server.port}/page`));
      expect(error.code).toBe('blocked-private');
      expect(server.requests).toEqual([]);
    });
  });

  describe('pacing', () => {
    it('spaces two requests to one host by the interval', async () => {
      const sleeps: number[] = [];
      let time = 0;
      const sleep = async (ms: number) => {
        sleeps.push(ms);
        time += ms;
      };
      const server = await serve({ '*': text('ok') });
      const fetcher = localFetcher({ minHostIntervalMs: 1000, respectRobots: false, now: () => time, sleep });
      await fetcher.fetch(`${server.origin}/one`);
      await fetcher.fetch(`${server.origin}/two`);
      expect(sleeps).toEqual([1000]);
    });

    it('never has two requests to one host in flight at once', async () => {
      let active = 0;
      let mostActive = 0;
      const server = await serve({
        '*': (request, response) => {
          mostActive = Math.max(mostActive, ++active);
          setTimeout(() => {
            active--;
            text('ok')(request, response);
          }, 20);
        },
      });
      const fetcher = localFetcher({ respectRobots: false });
      await Promise.all(['/a', '/b', '/c'].map((path) => fetcher.fetch(`${server.origin}${path}`)));
      expect(mostActive).toBe(1);
    });

    it('lets requests to two hosts be in flight together', async () => {
      // Each answer waits until both requests have arrived, which cannot happen if one host waits for the other.
      const waiting: Array<() => void> = [];
      const server = await serve({
        '*': (request, response) => {
          waiting.push(() => text('ok')(request, response));
          if (waiting.length === 2) for (const answer of waiting) answer();
        },
      });
      const lookup = async () => [{ address: '127.0.0.1', family: 4 }];
      const fetcher = localFetcher({ lookup, respectRobots: false, minHostIntervalMs: 60_000 });
      const results = await Promise.all([
        fetcher.fetch(`http://one.example:${server.port}/page`),
        fetcher.fetch(`http://two.example:${server.port}/page`),
      ]);
      expect(results.map((result) => result.status)).toEqual(['ok', 'ok']);
    });
  });
});

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { FetchState, SeenFeedItem } from '../../store/store.js';
import { createFetcher } from '../fetch/create-fetcher.js';
import { type FixtureServer, serve, startFixtureServer } from './fixture-server.js';
import { readUrl, type WebOutcome } from './read-url.js';

const PAGE = (title: string) => `<!DOCTYPE html><html lang="en"><head><title>${title}</title>
  <meta property="article:published_time" content="2023-07-12"></head><body><article><h1>${title}</h1>
  <p>Negotiators from both countries met in Amman on Wednesday for a first round of water talks.</p>
  <p>They agreed to set up a joint committee and to meet again in Jerusalem in September.</p>
  </article></body></html>`;

const FULL_TEXT = `<p>${'The council met in Geneva and agreed on a plan for the border crossings. '.repeat(10)}</p>`;

const FEED = (
  base: string,
) => `<?xml version="1.0"?><rss version="2.0"><channel><title>Harbor</title><link>${base}/</link>
  <item><title>Full text</title><link>${base}/full</link><guid>full</guid>
    <content:encoded xmlns:content="http://purl.org/rss/1.0/modules/content/"><![CDATA[${FULL_TEXT}]]></content:encoded></item>
  <item><title>Talks</title><link>${base}/talks</link><guid>talks</guid><pubDate>Wed, 12 Jul 2023 06:30:00 GMT</pubDate></item>
  <item><title>Gone</title><link>${base}/gone</link><guid>gone</guid></item>
  <item><title>Busy</title><link>${base}/busy</link><guid>busy</guid></item>
</channel></rss>`;

/** The two store methods readUrl needs, in memory. */
function memoryStore() {
  const states = new Map<string, FetchState>();
  const seen = new Set<string>();
  return {
    async getFetchState(url: string) {
      return states.get(url);
    },
    async unseenFeedItems(feedUrl: string, ids: readonly string[]) {
      return ids.filter((id) => !seen.has(`${feedUrl} ${id}`));
    },
    remember(state: FetchState, items: readonly SeenFeedItem[]) {
      states.set(state.url, state);
      for (const item of items) seen.add(`${state.url} ${item.id}`);
    },
  };
}

let server: FixtureServer;
const fetcher = () =>
  createFetcher({
    allowPrivate: true,
    minHostIntervalMs: 0,
    retries: 0,
    timeoutMs: 2000,
    firstByteTimeoutMs: 2000,
  });

async function read(url: string, store: ReturnType<typeof memoryStore>) {
  const outcomes: WebOutcome[] = [];
  for await (const outcome of readUrl(url, { fetcher: fetcher(), store })) {
    outcomes.push(outcome);
    if ('fetched' in outcome) store.remember(outcome.fetched.state, outcome.fetched.items);
  }
  return {
    titles: outcomes.flatMap((outcome) => ('article' in outcome ? [outcome.article.title] : [])),
    rejections: outcomes.flatMap((outcome) => ('rejection' in outcome ? [outcome.rejection] : [])),
    fetched: outcomes.flatMap((outcome) => ('fetched' in outcome ? [outcome.fetched] : [])),
  };
}

beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(() => server.close());
beforeEach(() => {
  server.routes.clear();
  server.requests.length = 0;
});

describe('readUrl', () => {
  it('reads a page into one article, with where it came from', async () => {
    server.routes.set('/talks', serve(PAGE('Water talks resume'), 'text/html; charset=utf-8', '"p1"'));
    const store = memoryStore();
    const outcomes = [];
    for await (const outcome of readUrl(`${server.url}/talks`, { fetcher: fetcher(), store }))
      outcomes.push(outcome);
    expect(outcomes[0]).toMatchObject({
      article: {
        title: 'Water talks resume',
        publishedAt: '2023-07-12',
        url: `${server.url}/talks`,
        origin: { location: `${server.url}/talks`, reader: expect.stringMatching(/^web-page@/) },
      },
    });
    expect(outcomes[1]).toMatchObject({
      fetched: { state: { url: `${server.url}/talks`, etag: '"p1"' }, items: [] },
    });
  });

  it("reads a feed's items from their own text or their pages, oldest first", async () => {
    server.routes.set('/feed.xml', serve(FEED(server.url), 'application/rss+xml', '"f1"'));
    server.routes.set('/talks', serve(PAGE('Water talks resume'), 'text/html'));
    server.routes.set('/busy', (_request, response) => response.writeHead(503).end());
    const { titles, rejections, fetched } = await read(`${server.url}/feed.xml`, memoryStore());
    expect(titles).toEqual(['Water talks resume', 'Full text']);
    expect(rejections.map((rejection) => [rejection.input, rejection.reason])).toEqual([
      [`${server.url}/busy`, '503 Service Unavailable'],
      [`${server.url}/gone`, '404 Not Found'],
    ]);
    // The 503 may pass, so that item is not marked seen; the 404 will not.
    expect(fetched[0]?.items.map((item) => item.id)).toEqual(['gone', 'talks', 'full']);
    expect(fetched[0]?.items[0]?.error).toBe('404 Not Found');
  });

  it('fetches nothing twice: a feed answers "not modified", and seen items are not fetched again', async () => {
    server.routes.set('/feed.xml', serve(FEED(server.url), 'application/rss+xml', '"f1"'));
    server.routes.set('/talks', serve(PAGE('Water talks resume'), 'text/html'));
    server.routes.set('/busy', (_request, response) => response.writeHead(503).end());
    const store = memoryStore();
    await read(`${server.url}/feed.xml`, store);
    server.requests.length = 0;
    const again = await read(`${server.url}/feed.xml`, store);
    expect(again.titles).toEqual([]);
    expect(server.requests).toEqual(['GET /robots.txt', 'GET /feed.xml']);

    server.routes.set('/feed.xml', serve(FEED(server.url), 'application/rss+xml', '"f2"'));
    server.requests.length = 0;
    await read(`${server.url}/feed.xml`, store);
    expect(server.requests.filter((request) => request !== 'GET /robots.txt')).toEqual([
      'GET /feed.xml',
      'GET /busy',
    ]);
  });

  it('turns a failed fetch into a rejection and remembers the error', async () => {
    const { rejections, fetched } = await read(`${server.url}/missing.xml`, memoryStore());
    expect(rejections).toEqual([{ input: `${server.url}/missing.xml`, reason: '404 Not Found' }]);
    expect(fetched[0]?.state.error).toMatch(/404 Not Found/);
  });

  it('rejects a feed that declares entities, and goes on', async () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;">]><rss><channel><title>&b;</title></channel></rss>`;
    server.routes.set('/laughs.xml', serve(laughs, 'application/rss+xml'));
    const { titles, rejections } = await read(`${server.url}/laughs.xml`, memoryStore());
    expect(titles).toEqual([]);
    expect(rejections[0]?.reason).toMatch(/entit/i);
  });

  it('stops following a feed that redirects forever', async () => {
    server.routes.set('/loop', (_request, response) => response.writeHead(302, { location: '/loop' }).end());
    const { rejections } = await read(`${server.url}/loop`, memoryStore());
    expect(rejections[0]?.reason).toMatch(/redirect/i);
  });
});

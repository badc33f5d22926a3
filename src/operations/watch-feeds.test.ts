import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFetcher } from '../ingest/fetch/create-fetcher.js';
import { type FixtureServer, serve, startFixtureServer } from '../ingest/web/fixture-server.js';
import { SqliteStore } from '../store/sqlite/sqlite-store.js';
import type { IngestSummary } from './ingest-articles.js';
import { watchFeeds } from './watch-feeds.js';

const folder = mkdtempSync(join(tmpdir(), 'newsgraph-watch-'));
const db = join(folder, 'watch.db');
let server: FixtureServer;

const PAGE = (title: string) => `<html><head><title>${title}</title></head><body><article><h1>${title}</h1>
  <p>Negotiators from both countries met in Amman on Wednesday for a first round of water talks.</p>
  <p>They agreed to set up a joint committee and to meet again in Jerusalem in September.</p></article></body></html>`;

const ATOM = (
  base: string,
) => `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">
  <title>Harbor</title><link href="${base}/"/><id>urn:harbor</id><updated>2023-07-12T10:00:00Z</updated>
  <entry><title>Talks open</title><link href="/open"/><id>urn:open</id><updated>2023-07-12T08:00:00Z</updated></entry>
  <entry><title>Talks close</title><link href="/close"/><id>urn:close</id><updated>2023-07-12T09:00:00Z</updated></entry>
</feed>`;

const fetcher = createFetcher({
  allowPrivate: true,
  minHostIntervalMs: 0,
  retries: 0,
  firstByteTimeoutMs: 300,
  timeoutMs: 600,
});

async function watchOnce(): Promise<IngestSummary> {
  const store = new SqliteStore(db);
  const summaries: IngestSummary[] = [];
  try {
    await watchFeeds(store, {
      urls: [`${server.url}/atom.xml`, `${server.url}/silent.xml`, `${server.url}/missing.xml`],
      everyMs: 1000,
      rounds: 1,
      fetcher,
      onRound: (_round, summary) => summaries.push(summary),
    });
    return summaries[0] as IngestSummary;
  } finally {
    await store.close();
  }
}

beforeAll(async () => {
  server = await startFixtureServer();
  server.routes.set('/atom.xml', serve(ATOM(server.url), 'application/atom+xml', '"a1"'));
  server.routes.set('/open', serve(PAGE('Talks open in Amman'), 'text/html'));
  server.routes.set('/close', serve(PAGE('Talks close in Amman'), 'text/html'));
  // A server that never answers.
  server.routes.set('/silent.xml', () => undefined);
});
afterAll(async () => {
  await server.close();
  rmSync(folder, { recursive: true, force: true });
});

describe('watchFeeds', () => {
  it('stores the new items of every feed, and a feed that fails does not stop the others', async () => {
    const summary = await watchOnce();
    expect(summary).toMatchObject({ urls: 3, added: 2 });
    expect(summary.rejected.map((rejection) => rejection.input)).toEqual([
      `${server.url}/silent.xml`,
      `${server.url}/missing.xml`,
    ]);
    expect(summary.rejected[0]?.reason).toMatch(/no response within 300 ms/);
  });

  it('fetches nothing twice after a restart', async () => {
    server.requests.length = 0;
    const summary = await watchOnce();
    expect(summary.added).toBe(0);
    expect(server.requests.filter((request) => /open|close/.test(request))).toEqual([]);
    const store = new SqliteStore(db);
    expect(await store.countArticles()).toBe(2);
    expect(await store.getFetchState(`${server.url}/atom.xml`)).toMatchObject({ etag: '"a1"' });
    await store.close();
  });

  it('stops when its signal aborts, between rounds', async () => {
    const store = new SqliteStore(db);
    const stop = new AbortController();
    let rounds = 0;
    const done = watchFeeds(store, {
      urls: [`${server.url}/atom.xml`],
      everyMs: 60_000,
      fetcher,
      signal: stop.signal,
      onRound: () => {
        rounds++;
        stop.abort();
      },
    });
    expect(await done).toBe(1);
    expect(rounds).toBe(1);
    await store.close();
  });
});

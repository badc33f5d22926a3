import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FixtureServer, serve, startFixtureServer } from '../../ingest/web/fixture-server.js';
import { captureCli } from '../capture-cli.js';

const folder = mkdtempSync(join(tmpdir(), 'newsgraph-watch-cli-'));
let server: FixtureServer;

const PAGE = `<html><head><title>Water talks resume in Amman</title></head><body><article>
  <h1>Water talks resume in Amman</h1>
  <p>Negotiators from both countries met in Amman on Wednesday for a first round of water talks.</p>
  <p>They agreed to set up a joint committee and to meet again in Jerusalem in September.</p></article></body></html>`;
const FEED = (base: string) => `<?xml version="1.0"?><rss version="2.0"><channel><title>Harbor</title>
  <item><title>Talks</title><link>${base}/talks</link><guid>talks</guid></item></channel></rss>`;

beforeAll(async () => {
  server = await startFixtureServer();
  server.routes.set('/talks', serve(PAGE, 'text/html; charset=utf-8'));
  server.routes.set('/feed.xml', serve(FEED(server.url), 'application/rss+xml', '"v1"'));
});
afterAll(async () => {
  await server.close();
  rmSync(folder, { recursive: true, force: true });
});

describe('newsgraph ingest URL', () => {
  it('refuses a private address unless allowed, then fetches and stores the page', async () => {
    const db = join(folder, 'pages.db');
    const refused = await captureCli('ingest', `${server.url}/talks`, '--db', db, '--no-analyze');
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/loopback address \(allow private addresses with --allow-private\)/);
    const result = await captureCli(
      'ingest',
      `${server.url}/talks`,
      '--db',
      db,
      '--no-analyze',
      '--allow-private',
    );
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/^0 files and 1 URL into .*: 1 added/);
    const shown = await captureCli('search', 'Amman', '--db', db, '--json');
    expect(JSON.parse(shown.out).hits[0].article).toMatchObject({ title: 'Water talks resume in Amman' });
  });
});

describe('newsgraph watch', () => {
  it('reads the feeds of an OPML file, round after round, storing each item once', async () => {
    const db = join(folder, 'watch.db');
    const opml = join(folder, 'feeds.opml');
    writeFileSync(
      opml,
      `<?xml version="1.0"?><opml version="2.0"><head><title>Mine</title></head><body>
       <outline text="World"><outline text="Harbor" type="rss" xmlUrl="${server.url}/feed.xml"/></outline>
       </body></opml>`,
    );
    const args = [
      'watch',
      opml,
      '--db',
      db,
      '--no-analyze',
      '--allow-private',
      '--every',
      '1s',
      '--rounds',
      '2',
    ];
    const result = await captureCli(...args);
    expect(result.code).toBe(0);
    expect(result.lines).toHaveLength(2);
    expect(result.lines[0]).toMatch(/round 1: 1 feed, 1 added, 0 updated, 0 duplicate, 0 rejected$/);
    expect(result.lines[1]).toMatch(/round 2: 1 feed, 0 added/);
    expect(result.err).toContain(`watching 1 feed into ${db}, every 1s`);
  });

  it('says so when there is nothing to watch', async () => {
    const result = await captureCli('watch', join(folder, 'none.opml'), '--db', join(folder, 'x.db'));
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/none\.opml: .*no such file/i);
    expect(result.err).toContain('no feeds to watch');
  });
});

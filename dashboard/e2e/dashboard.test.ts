import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureDashboardBuilt } from './build-dashboard.js';
import { launchChromium, missingChromium } from './chromium.js';
import { measureFirstPage } from './measure-web.js';
import {
  examplePaths,
  ingestInto,
  REPO_ROOT,
  type RunningServer,
  SEED_ARTICLE,
  startServer,
} from './newsgraph-server.js';

const SCREENSHOTS = join(REPO_ROOT, 'test-results/dashboard');
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };
/** What the seed article's quotes must show: DESIGN.md's reference article. */
const SEED_TITLE = 'Israel and Russia agreed to strengthen military coordination in Syria';

/** An article written to attack the reader: every field holds markup, script and query syntax. */
const HOSTILE_ARTICLE = [
  '<script>window.__attacked = 1</script> Minister says "OR" NEAR(* -) <img src=x onerror="window.__attacked=2">',
  '03/04/2024',
  'A lede with <b onmouseover="window.__attacked=3">bold</b> and a javascript:window.__attacked=4 link.',
  'picture.jpg',
  'The minister said "<script>window.__attacked=5</script> is not a quote" on Monday.\'); DROP TABLE articles; --',
  '<svg onload="window.__attacked=6">Hostile Source</svg>',
].join('\n\n');

const missing = missingChromium();
const isRequired = process.env.NEWSGRAPH_REQUIRE_ALL === '1';

if (missing && isRequired) {
  describe('the dashboard in Chromium', () => {
    it('has Chromium to run in', () => {
      throw new Error(`${missing}: NEWSGRAPH_REQUIRE_ALL=1 requires the browser tests`);
    });
  });
} else if (missing) {
  console.warn(`dashboard browser tests skipped: ${missing}`);
}
if (!missing && !existsSync(SEED_ARTICLE)) {
  console.warn(`dashboard browser tests: the seed article's reader check skipped: ${SEED_ARTICLE} not found`);
}

describe.skipIf(missing !== undefined)(
  `the dashboard in Chromium${missing ? ` (skipped: ${missing})` : ''}`,
  () => {
    let folder: string;
    let server: RunningServer;
    let browser: Browser;
    /** Console errors, page errors and CSP violations of the page a test opened. */
    let problems: string[] = [];

    beforeAll(async () => {
      rmSync(SCREENSHOTS, { recursive: true, force: true });
      mkdirSync(SCREENSHOTS, { recursive: true });
      folder = mkdtempSync(join(tmpdir(), 'newsgraph-dashboard-'));
      const hostile = join(folder, 'hostile.txt');
      writeFileSync(hostile, HOSTILE_ARTICLE);
      const db = join(folder, 'demo.db');
      await Promise.all([ensureDashboardBuilt(), ingestInto(db, [...examplePaths(), hostile])]);
      server = await startServer(db);
      browser = await launchChromium();
    }, 300_000);

    afterAll(async () => {
      await browser?.close();
      await server?.stop();
      if (folder) rmSync(folder, { recursive: true, force: true });
    });

    /** A new page at `path` in a fresh context, its console watched for errors and CSP violations. */
    async function open(path: string, viewport = DESKTOP): Promise<Page> {
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      problems = [];
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`);
        });
      });
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('dialog', (dialog) => {
        problems.push(`dialog: ${dialog.message()}`);
        void dialog.dismiss();
      });
      await page.goto(`${server.url}${path}`);
      return page;
    }

    async function close(page: Page, screenshot: string): Promise<void> {
      await page.screenshot({ path: join(SCREENSHOTS, screenshot), fullPage: false });
      await page.context().close();
      expect(problems).toEqual([]);
    }

    /**
     * Pixels the chart's canvas has drawn (not transparent), once its animation has settled, after
     * hovering it so that a tooltip shows (tooltips must not trip the CSP).
     */
    async function drawnPixels(page: Page): Promise<number> {
      await page.locator('[data-testid="chart"] canvas').first().waitFor();
      await page.waitForTimeout(1200);
      await page.locator('[data-testid="chart"]').first().hover();
      await page.waitForTimeout(200);
      return page.evaluate(() => {
        const canvas = document.querySelector<HTMLCanvasElement>('[data-testid="chart"] canvas');
        const context = canvas?.getContext('2d');
        if (!canvas || !context) return 0;
        const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
        let drawn = 0;
        for (let alpha = 3; alpha < data.length; alpha += 4) if ((data[alpha] ?? 0) > 0) drawn += 1;
        return drawn;
      });
    }

    it('loads the search page with results, facets and a date histogram', async () => {
      const page = await open('/');
      await page.locator('[data-testid="result-row"]').first().waitFor();
      expect(await page.locator('[data-testid="result-row"]').count()).toBeGreaterThan(0);
      expect(await page.locator('[data-testid="facet-source"]').count()).toBeGreaterThan(0);
      expect(await page.locator('.histogram-bar').count()).toBeGreaterThan(0);
      await close(page, 'search-1280x800.png');
    });

    it('ships at most 1 MB of gzipped JavaScript to the first page, and measures when results show', async () => {
      const figures = await measureFirstPage(browser, server.url);
      writeFileSync(join(SCREENSHOTS, 'web-figures.json'), `${JSON.stringify(figures, null, 2)}\n`);
      console.log(
        `dashboard: ${JSON.stringify({ 'web.firstPageKbGzip': figures.firstPageKbGzip, 'web.firstResultsMs': figures.firstResultsMs })}`,
      );
      expect(figures.scripts.length).toBeGreaterThan(0);
      expect(figures.firstPageKbGzip).toBeLessThanOrEqual(1000);
    });

    it('filters the search when a facet is clicked, and removes the filter from its chip', async () => {
      const page = await open('/');
      const count = page.locator('[data-testid="result-count"]');
      await count.waitFor();
      const before = Number.parseInt((await count.textContent()) ?? '', 10);
      const facet = page.locator('[data-testid="facet-source"]').first();
      const source = (await facet.getAttribute('data-value')) ?? '';
      await facet.click();
      await page.waitForURL((url) => url.searchParams.get('source') === source);
      await page.locator('[data-testid="chip"]').waitFor();
      await expect
        .poll(async () => Number.parseInt((await count.textContent()) ?? '', 10))
        .toBeLessThan(before);
      const sources = await page.locator('[data-testid="result-row"] .result-source').allTextContents();
      expect(sources.length).toBeGreaterThan(0);
      expect(new Set(sources)).toEqual(new Set([source]));
      await page.screenshot({ path: join(SCREENSHOTS, 'search-filtered-1280x800.png') });
      await page.locator('[data-testid="chip"]').click();
      await page.waitForURL((url) => !url.searchParams.has('source'));
      await expect.poll(async () => Number.parseInt((await count.textContent()) ?? '', 10)).toBe(before);
      await page.locator('.histogram-bar').first().click();
      await page.waitForURL((url) => url.searchParams.has('from') && url.searchParams.has('to'));
      await expect
        .poll(async () => Number.parseInt((await count.textContent()) ?? '', 10))
        .toBeLessThan(before);
      await close(page, 'search-by-date-1280x800.png');
    });

    it.skipIf(!existsSync(SEED_ARTICLE))(
      "highlights the seed article's quotes in the reader, with Netanyahu as their speaker",
      async () => {
        const found = (await (await fetch(`${server.url}/api/articles?q=Netanyahu`)).json()) as {
          articles: { article: { id: string; title: string } }[];
        };
        const seed = found.articles.find((hit) => hit.article.title === SEED_TITLE);
        expect(seed).toBeDefined();
        const page = await open(`/articles/${seed?.article.id}`);
        await page.locator('[data-testid="reader"]').waitFor();
        expect(await page.locator('.annotated-text .quote').count()).toBeGreaterThan(0);
        const speakers = await page.locator('[data-testid="quote-speaker"]').allTextContents();
        expect(speakers.filter((speaker) => speaker.includes('Netanyahu')).length).toBeGreaterThanOrEqual(3);
        expect(
          await page.locator('.annotated-text .speaker', { hasText: 'Netanyahu' }).count(),
        ).toBeGreaterThan(0);
        expect(await page.locator('.annotated-text .verb').count()).toBeGreaterThan(0);
        expect(
          await page.locator('.annotated-text .place', { hasText: 'Jerusalem' }).count(),
        ).toBeGreaterThan(0);
        const quote = page.locator('[data-testid="quote-item"]').first();
        await quote.click();
        await page.waitForURL((url) => url.searchParams.get('focus') === 'quote-0');
        expect(await page.locator('.annotated-text .is-selected').count()).toBeGreaterThan(0);
        await close(page, 'reader-1280x800.png');
      },
    );

    it('renders a hostile article as text: no script runs, no markup is parsed, its search works', async () => {
      const page = await open(`/?q=${encodeURIComponent('"OR" NEAR(* minister')}`);
      const row = page.locator('[data-testid="result-row"]', { hasText: '<script>' });
      await row.first().waitFor();
      await row.first().locator('h2 a').click();
      await page.locator('[data-testid="reader"]').waitFor();
      await expect.poll(() => page.locator('.article-title').textContent()).toContain('<img src=x onerror=');
      expect(
        await page
          .locator(
            '[data-testid="reader"] script, [data-testid="reader"] img, [data-testid="reader"] svg, [data-testid="reader"] b',
          )
          .count(),
      ).toBe(0);
      expect(await page.evaluate(() => (window as { __attacked?: number }).__attacked)).toBeUndefined();
      await close(page, 'reader-hostile-1280x800.png');
    });

    it('draws the events timeline by quad class and lists the events', async () => {
      const page = await open('/events');
      await page.locator('[data-testid="event-table"] tbody tr').first().waitFor();
      expect(await drawnPixels(page)).toBeGreaterThan(1000);
      expect(Number(await page.locator('[data-testid="chart"]').getAttribute('data-items'))).toBeGreaterThan(
        0,
      );
      await page.locator('select').first().selectOption('4');
      await page.waitForURL((url) => url.searchParams.get('quad') === '4');
      await expect
        .poll(() => page.locator('[data-testid="event-table"] .quad').first().getAttribute('class'))
        .toContain('quad-4');
      await close(page, 'events-1280x800.png');
    });

    it('switches the events table to aggregate events, and filters them by origin', async () => {
      const page = await open('/events?actor=RUS');
      await page.locator('[data-testid="event-table"] tbody tr').first().waitFor();
      await page.getByLabel('Aggregate events').check();
      await page.waitForURL((url) => url.searchParams.get('level') === 'aggregate');
      const rows = page.locator('[data-testid="aggregate-event-table"] tbody tr');
      await rows.first().waitFor();
      expect(await rows.count()).toBeGreaterThan(0);
      expect(new URL(page.url()).searchParams.get('actor')).toBe('RUS');
      await page.getByTestId('origin-filter').selectOption('gdelt');
      await page.waitForURL((url) => url.searchParams.get('origin') === 'gdelt');
      await page.getByText('No aggregate events match these filters.').waitFor();
      await page.getByTestId('origin-filter').selectOption('newsgraph');
      await rows.first().waitFor();
      expect(
        await page.locator('[data-testid="aggregate-event-table"] tr[data-origin="gdelt"]').count(),
      ).toBe(0);
      await close(page, 'aggregate-events-1280x800.png');
    });

    it('draws the actor network, and opens an actor page from it', async () => {
      const page = await open('/network');
      expect(await drawnPixels(page)).toBeGreaterThan(1000);
      expect(Number(await page.locator('[data-testid="chart"]').getAttribute('data-items'))).toBeGreaterThan(
        1,
      );
      await page.screenshot({ path: join(SCREENSHOTS, 'network-1280x800.png') });
      // A click inside a node (a 7x7 block of the coded actors' fill colour) opens that actor's page.
      await page.mouse.move(0, 0);
      await page.waitForTimeout(400);
      const node = await page.evaluate(() => {
        const canvas = document.querySelector<HTMLCanvasElement>('[data-testid="chart"] canvas');
        const context = canvas?.getContext('2d');
        if (!canvas || !context) return undefined;
        const { data, width, height } = context.getImageData(0, 0, canvas.width, canvas.height);
        const isFill = (x: number, y: number) => {
          const at = (y * width + x) * 4;
          return data[at] === 31 && data[at + 1] === 78 && data[at + 2] === 121 && data[at + 3] === 255;
        };
        for (let y = 3; y < height - 3; y += 2) {
          for (let x = 3; x < width - 3; x += 2) {
            let inside = true;
            for (let dy = -3; dy <= 3 && inside; dy += 1) {
              for (let dx = -3; dx <= 3 && inside; dx += 1) inside = isFill(x + dx, y + dy);
            }
            if (inside) {
              const box = canvas.getBoundingClientRect();
              const scale = box.width / canvas.width;
              return { x: box.left + x * scale, y: box.top + y * scale };
            }
          }
        }
        return undefined;
      });
      expect(node).toBeDefined();
      await page.mouse.click(node?.x ?? 0, node?.y ?? 0);
      await page.waitForURL(/\/actors\/[A-Z-]{3,}/);
      await page.goBack();
      await page.locator('[data-testid="network-actors"] a').first().click();
      await page.waitForURL(/\/actors\//);
      await page.locator('[data-testid="co-actors"]').waitFor();
      expect(await drawnPixels(page)).toBeGreaterThan(100);
      await close(page, 'actor-1280x800.png');
    });

    it('draws the world map with its places and events, without a network', async () => {
      const page = await open('/map');
      expect(await drawnPixels(page)).toBeGreaterThan(10_000);
      expect(Number(await page.locator('[data-testid="chart"]').getAttribute('data-items'))).toBeGreaterThan(
        10,
      );
      expect(await page.locator('[data-testid="map-places"] li').count()).toBeGreaterThan(0);
      await close(page, 'map-1280x800.png');
    });

    it('lists the sources', async () => {
      const page = await open('/sources');
      await page.locator('[data-testid="source-table"] tbody tr').first().waitFor();
      expect(await page.locator('[data-testid="source-table"] tbody tr').count()).toBeGreaterThan(5);
      await close(page, 'sources-1280x800.png');
    });

    it('shows an error, not a blank page, for an article that does not exist', async () => {
      const page = await open('/articles/ffffffffffffffff');
      await page.locator('[data-testid="error"]').waitFor();
      // The browser reports the API's 404 on the console; it is the only message allowed here.
      problems = problems.filter((problem) => !/status of 404/.test(problem));
      await close(page, 'not-found-1280x800.png');
    });

    it('fits a phone screen: search, reader and network in one column', async () => {
      const page = await open('/', PHONE);
      await page.locator('[data-testid="result-row"]').first().waitFor();
      const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(await overflow()).toBeLessThanOrEqual(0);
      await page.screenshot({ path: join(SCREENSHOTS, 'search-390x844.png') });
      await page.locator('[data-testid="result-row"] h2 a').first().click();
      await page.locator('[data-testid="reader"]').waitFor();
      expect(await overflow()).toBeLessThanOrEqual(0);
      await page.screenshot({ path: join(SCREENSHOTS, 'reader-390x844.png') });
      await page.locator('nav a', { hasText: 'Network' }).click();
      expect(await drawnPixels(page)).toBeGreaterThan(1000);
      expect(await overflow()).toBeLessThanOrEqual(0);
      await close(page, 'network-390x844.png');
    });
  },
);

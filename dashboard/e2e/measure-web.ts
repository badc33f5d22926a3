import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { REPO_ROOT } from './newsgraph-server.js';

/** The built dashboard, as `newsgraph serve` serves it. */
export const DIST_DIR = join(REPO_ROOT, 'dashboard/dist');

/** The dashboard's figures for `npm run bench`: `web.firstPageKbGzip` and `web.firstResultsMs`. */
export interface WebFigures {
  /** The JavaScript the first page (`/`) loads, gzipped (zlib level 9), in KB of 1,000 bytes. */
  firstPageKbGzip: number;
  /** From navigation start to the first search result on screen, median of the cold loads. */
  firstResultsMs: number;
  /** Each cold load's figure. */
  firstResultsRunsMs: number[];
  /** The scripts the first page loaded, by path. */
  scripts: string[];
}

/** The gzipped size in bytes of a file of the built dashboard, by its URL path (`/assets/index-x.js`). */
export function gzippedSize(path: string, distDir = DIST_DIR): number {
  return gzipSync(readFileSync(join(distDir, path)), { level: 9 }).length;
}

/**
 * Loads the search page at `baseUrl` in fresh browser contexts (empty cache) at 1280x800, after one
 * load to warm the server: records the scripts it loads and when the first result row is on
 * screen (the app's `first-results` performance mark, taken on the frame after the rows render).
 */
export async function measureFirstPage(browser: Browser, baseUrl: string, runs = 3): Promise<WebFigures> {
  const load = async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const scripts = new Set<string>();
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.add(new URL(request.url()).pathname);
    });
    await page.goto(`${baseUrl}/`);
    await page.locator('[data-testid="result-row"]').first().waitFor({ state: 'visible' });
    const firstResultsMs = await page.evaluate(async () => {
      for (let tries = 0; tries < 100; tries += 1) {
        const mark = performance.getEntriesByName('first-results')[0];
        if (mark) return mark.startTime;
        await new Promise((done) => requestAnimationFrame(done));
      }
      return performance.now();
    });
    await context.close();
    return { firstResultsMs, scripts: [...scripts] };
  };
  await load();
  const loads = [];
  for (let run = 0; run < runs; run += 1) loads.push(await load());
  const runsMs = loads.map((each) => Math.round(each.firstResultsMs));
  const sorted = [...runsMs].sort((a, b) => a - b);
  const scripts = loads[0]?.scripts ?? [];
  const bytes = scripts.reduce((sum, path) => sum + gzippedSize(path), 0);
  return {
    firstPageKbGzip: Math.round(bytes / 100) / 10,
    firstResultsMs: sorted[Math.floor(sorted.length / 2)] ?? Number.NaN,
    firstResultsRunsMs: runsMs,
    scripts,
  };
}

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureDashboardBuilt } from './build-dashboard.js';
import { launchChromium, missingChromium } from './chromium.js';
import { measureFirstPage, type WebFigures } from './measure-web.js';
import { examplePaths, ingestInto, startServer } from './newsgraph-server.js';

/**
 * The dashboard's figures from scratch, for `npm run bench`: builds the dashboard if needed,
 * ingests the examples into a temporary database, serves it and loads the first page in Chromium.
 * Throws when Chromium is missing.
 */
export async function measureDashboard(): Promise<WebFigures> {
  const missing = missingChromium();
  if (missing) throw new Error(missing);
  const folder = mkdtempSync(join(tmpdir(), 'newsgraph-web-'));
  try {
    const db = join(folder, 'web.db');
    await Promise.all([ensureDashboardBuilt(), ingestInto(db, examplePaths())]);
    const server = await startServer(db);
    try {
      const browser = await launchChromium();
      try {
        return await measureFirstPage(browser, server.url);
      } finally {
        await browser.close();
      }
    } finally {
      await server.stop();
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

// `npx tsx dashboard/e2e/measure-dashboard.ts` prints {"metrics": {"web.firstPageKbGzip", "web.firstResultsMs"}}.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const figures = await measureDashboard();
  console.log(
    JSON.stringify({
      metrics: {
        'web.firstPageKbGzip': figures.firstPageKbGzip,
        'web.firstResultsMs': figures.firstResultsMs,
      },
      runsMs: figures.firstResultsRunsMs,
      scripts: figures.scripts,
    }),
  );
}

import { statSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { ingestArticles } from '../src/operations/ingest-articles.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';

/**
 * Runs in its own process so that its peak memory is the ingest's alone:
 * `tsx bench/ingest-child.ts INPUT_FOLDER DB` prints one JSON line.
 */
const [input, db] = process.argv.slice(2) as [string, string];
const store = new SqliteStore(db);
const startedAt = performance.now();
const summary = await ingestArticles(store, { paths: [input] });
const seconds = (performance.now() - startedAt) / 1000;
await store.close();
process.stdout.write(
  `${JSON.stringify({
    articles: summary.added,
    rejected: summary.rejected.length,
    seconds,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    dbSizeMb: statSync(db).size / 1024 / 1024,
  })}\n`,
);

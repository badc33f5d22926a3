import { statSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { writeChunksToFile } from '../src/export/write-chunks.js';
import { exportData } from '../src/operations/export-data.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';

/**
 * Runs in its own process so that its peak memory is the export's alone:
 * `tsx bench/export-child.ts DB OUT` exports every article as jsonl and prints one JSON line.
 */
const [db, out] = process.argv.slice(2) as [string, string];
const store = new SqliteStore(db);
const articles = await store.countArticles();
const rssBeforeMb = process.memoryUsage().rss / 1024 / 1024;
const startedAt = performance.now();
await writeChunksToFile(out, exportData(store, { format: 'jsonl', filters: {} }));
const seconds = (performance.now() - startedAt) / 1000;
await store.close();
process.stdout.write(
  `${JSON.stringify({
    articles,
    seconds,
    rssBeforeMb,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    outMb: statSync(out).size / 1024 / 1024,
  })}\n`,
);

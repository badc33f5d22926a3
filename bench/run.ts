import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { generateArticles } from './generate-articles.js';
import { benchmarkQueries, measureSearch } from './search-latency.js';

/**
 * `npm run bench [-- --json] [--articles N]`: ingest throughput, memory, size and search latency,
 * each printed beside its floor. With --json the last line is `{"metrics": {...}}`.
 */
const args = process.argv.slice(2);
const asJson = args.includes('--json');
const countFlag = args.indexOf('--articles');
const count = countFlag >= 0 ? Number(args[countFlag + 1]) : 100_000;
const ROOT = join(import.meta.dirname, '..');

const folder = mkdtempSync(join(tmpdir(), 'newsgraph-bench-'));
try {
  const input = join(folder, 'articles');
  const db = join(folder, 'bench.db');
  process.stderr.write(`generating ${count} articles from examples/articles ...\n`);
  generateArticles(join(ROOT, 'examples/articles'), input, count);

  process.stderr.write('ingesting (parse + store + index, no NLP) ...\n');
  const ingest = JSON.parse(
    execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'bench/ingest-child.ts'), input, db], {
      cwd: ROOT,
      encoding: 'utf8',
      maxBuffer: 1024 * 1024,
    }),
  ) as { articles: number; rejected: number; seconds: number; peakRssMb: number; dbSizeMb: number };
  if (ingest.articles !== count || ingest.rejected > 0) {
    throw new Error(`expected ${count} articles added, got ${ingest.articles} (${ingest.rejected} rejected)`);
  }

  process.stderr.write('searching ...\n');
  const store = new SqliteStore(db);
  const search = await measureSearch(store, benchmarkQueries(200));
  await store.close();

  const metrics = {
    'ingest.articlesPerSecond': Math.round(ingest.articles / ingest.seconds),
    'ingest.peakRssMb': round(ingest.peakRssMb),
    'ingest.dbSizeMb': round(ingest.dbSizeMb),
    'search.p50Ms': round(search.p50Ms, 2),
    'search.p95Ms': round(search.p95Ms, 2),
  };
  const rows: Array<[string, number, string]> = [
    ['ingest.articlesPerSecond', metrics['ingest.articlesPerSecond'], '>= 2000'],
    ['ingest.peakRssMb', metrics['ingest.peakRssMb'], '< 400'],
    ['ingest.dbSizeMb', metrics['ingest.dbSizeMb'], `(${count} articles)`],
    ['search.p50Ms', metrics['search.p50Ms'], ''],
    ['search.p95Ms', metrics['search.p95Ms'], '< 50'],
  ];
  console.log(`newsgraph bench: ${count} articles generated from examples/articles\n`);
  console.log(`${'metric'.padEnd(28)}${'newsgraph'.padStart(12)}   floor`);
  for (const [name, value, floor] of rows)
    console.log(`${name.padEnd(28)}${String(value).padStart(12)}   ${floor}`);
  if (asJson) console.log(JSON.stringify({ metrics }));
} finally {
  rmSync(folder, { recursive: true, force: true });
}

function round(value: number, digits = 1): number {
  return Math.round(value * 10 ** digits) / 10 ** digits;
}

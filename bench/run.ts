import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { measureAnalysisThroughput } from './analysis-throughput.js';
import { generateArticles } from './generate-articles.js';
import { benchmarkQueries, measureSearch } from './search-latency.js';

/**
 * `npm run bench [-- --json] [--articles N]`: ingest throughput, memory, size and search latency,
 * and analysis throughput on one and two worker threads, each printed beside its floor. With
 * --json the last line is `{"metrics": {...}}`.
 */
const args = process.argv.slice(2);
const asJson = args.includes('--json');
const countFlag = args.indexOf('--articles');
const count = countFlag >= 0 ? Number(args[countFlag + 1]) : 100_000;
/** The examples, 50 times (2,400 articles) per analysis run. */
const ANALYSIS_COPIES = 50;
/** Rounds of one thread then two (see measureAnalysisThroughput). */
const ANALYSIS_ROUNDS = 3;
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

  process.stderr.write(
    `analysing the examples x${ANALYSIS_COPIES} on 1 and 2 worker threads, ${ANALYSIS_ROUNDS} rounds ...\n`,
  );
  const analysis = await measureAnalysisThroughput(ANALYSIS_ROUNDS, ANALYSIS_COPIES);

  const metrics = {
    'ingest.articlesPerSecond': Math.round(ingest.articles / ingest.seconds),
    'ingest.peakRssMb': round(ingest.peakRssMb),
    'ingest.dbSizeMb': round(ingest.dbSizeMb),
    'search.p50Ms': round(search.p50Ms, 2),
    'search.p95Ms': round(search.p95Ms, 2),
    'analysis.articlesPerSecond': round(analysis.one.articlesPerSecond),
    'analysis.twoWorkersArticlesPerSecond': round(analysis.two.articlesPerSecond),
    'analysis.twoWorkersSpeedup': round(analysis.twoWorkersSpeedup, 2),
    'analysis.startupMs': Math.round(analysis.one.startupMs),
    'analysis.twoWorkersStartupMs': Math.round(analysis.two.startupMs),
    'analysis.peakRssMb': round(analysis.one.peakRssMb),
    'analysis.twoWorkersPeakRssMb': round(analysis.two.peakRssMb),
    'analysis.twoProcessesSpeedup': round(analysis.twoProcessesSpeedup, 2),
  };
  const rows: Array<[string, number, string]> = [
    ['ingest.articlesPerSecond', metrics['ingest.articlesPerSecond'], '>= 2000'],
    ['ingest.peakRssMb', metrics['ingest.peakRssMb'], '< 400'],
    ['ingest.dbSizeMb', metrics['ingest.dbSizeMb'], `(${count} articles)`],
    ['search.p50Ms', metrics['search.p50Ms'], ''],
    ['search.p95Ms', metrics['search.p95Ms'], '< 50'],
    [
      'analysis.articlesPerSecond',
      metrics['analysis.articlesPerSecond'],
      '>= 150 (1 thread; PETRARCH-2: ~0.7 stories/s with its CoreNLP parse)',
    ],
    ['analysis.twoWorkersArticlesPerSecond', metrics['analysis.twoWorkersArticlesPerSecond'], ''],
    ['analysis.twoWorkersSpeedup', metrics['analysis.twoWorkersSpeedup'], '>= 1.7'],
    ['analysis.startupMs', metrics['analysis.startupMs'], '(not in the rate)'],
    ['analysis.twoWorkersStartupMs', metrics['analysis.twoWorkersStartupMs'], '(not in the rate)'],
    ['analysis.peakRssMb', metrics['analysis.peakRssMb'], '(1 thread, from sources under tsx)'],
    ['analysis.twoWorkersPeakRssMb', metrics['analysis.twoWorkersPeakRssMb'], ''],
    [
      'analysis.twoProcessesSpeedup',
      metrics['analysis.twoProcessesSpeedup'],
      '(2 processes at once, no pool: what 2 cores give now)',
    ],
  ];
  console.log(`newsgraph bench: ${count} articles generated from examples/articles`);
  console.log(
    `analysis: the ${analysis.one.articles / ANALYSIS_COPIES} examples x${ANALYSIS_COPIES}, ` +
      `the default pipeline, best of ${ANALYSIS_ROUNDS} rounds\n`,
  );
  console.log(`${'metric'.padEnd(38)}${'newsgraph'.padStart(12)}   floor`);
  for (const [name, value, floor] of rows)
    console.log(`${name.padEnd(38)}${String(value).padStart(12)}   ${floor}`);
  if (asJson) console.log(JSON.stringify({ metrics }));
} finally {
  rmSync(folder, { recursive: true, force: true });
}

function round(value: number, digits = 1): number {
  return Math.round(value * 10 ** digits) / 10 ** digits;
}

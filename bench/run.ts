import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { missingChromium } from '../dashboard/e2e/chromium.js';
import { measureDashboard } from '../dashboard/e2e/measure-dashboard.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { analysisMetrics } from './analysis-metrics.js';
import { measureAnalysisThroughput } from './analysis-throughput.js';
import { runApiBench } from './api/api-bench.js';
import { apiMetrics } from './api/api-metrics.js';
import { measureDuplicatesOverhead } from './duplicates-overhead.js';
import { measureExportThroughput } from './export-throughput.js';
import { generateArticles } from './generate-articles.js';
import { runPostgresPart } from './postgres-part.js';
import { benchmarkQueries, measureSearch } from './search-latency.js';

/**
 * `npm run bench [-- --json] [--articles N] [--only analysis|api|web|duplicates|postgres|export] [--api-db PATH]`:
 * ingest throughput, memory, size and search latency, analysis throughput on one and two worker
 * threads, the HTTP API under load, with a PostgreSQL server named by
 * NEWSGRAPH_BENCH_POSTGRES_URL (or NEWSGRAPH_TEST_POSTGRES_URL) the same on PostgreSQL with worker
 * processes, and the jsonl export's rate and memory, each printed beside its floor. With --json the
 * last line is `{"metrics": {...}}`. `--only analysis`, `--only api`, `--only web`, `--only
 * duplicates`, `--only postgres` or `--only export` runs that part alone; `--api-db PATH` keeps its database
 * there (filled once, then reused by later runs).
 */
const args = process.argv.slice(2);
const asJson = args.includes('--json');
const countFlag = args.indexOf('--articles');
const count = countFlag >= 0 ? Number(args[countFlag + 1]) : 100_000;
/** The examples, 50 times (2,400 articles) per analysis run. */
const ANALYSIS_COPIES = 50;
/** Rounds of one thread then two (see measureAnalysisThroughput). */
const ANALYSIS_ROUNDS = 3;
/** The examples, 5 times (200 articles) per run with and without the duplicates stage, best of 3. */
const DUPLICATES_COPIES = 5;
const DUPLICATES_ROUNDS = 3;
const ROOT = join(import.meta.dirname, '..');
const onlyFlag = args.indexOf('--only');
const only = onlyFlag >= 0 ? args[onlyFlag + 1] : undefined;
const apiDbFlag = args.indexOf('--api-db');
const apiDb = apiDbFlag >= 0 ? args[apiDbFlag + 1] : undefined;
/** Seconds of load per API route family, at this many connections. */
const API_SECONDS = 30;
const API_CONNECTIONS = 50;

const folder = mkdtempSync(join(tmpdir(), 'newsgraph-bench-'));
try {
  if (only !== undefined && !['analysis', 'api', 'web', 'duplicates', 'postgres', 'export'].includes(only)) {
    throw new Error(`--only takes analysis, api, web, duplicates, postgres or export (got ${only})`);
  }
  const rows: Array<[string, number, string]> = [];
  const metrics: Record<string, number> = {};
  if (only === undefined) {
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
      throw new Error(
        `expected ${count} articles added, got ${ingest.articles} (${ingest.rejected} rejected)`,
      );
    }

    process.stderr.write('searching ...\n');
    const store = new SqliteStore(db);
    const search = await measureSearch(store, benchmarkQueries(200));
    await store.close();

    const coreMetrics = {
      'ingest.articlesPerSecond': Math.round(ingest.articles / ingest.seconds),
      'ingest.peakRssMb': round(ingest.peakRssMb),
      'ingest.dbSizeMb': round(ingest.dbSizeMb),
      'search.p50Ms': round(search.p50Ms, 2),
      'search.p95Ms': round(search.p95Ms, 2),
    };
    const coreRows: Array<[string, number, string]> = [
      ['ingest.articlesPerSecond', coreMetrics['ingest.articlesPerSecond'], '>= 2000'],
      ['ingest.peakRssMb', coreMetrics['ingest.peakRssMb'], '< 400'],
      ['ingest.dbSizeMb', coreMetrics['ingest.dbSizeMb'], `(${count} articles)`],
      ['search.p50Ms', coreMetrics['search.p50Ms'], ''],
      ['search.p95Ms', coreMetrics['search.p95Ms'], '< 50'],
    ];
    Object.assign(metrics, coreMetrics);
    rows.push(...coreRows);
    console.log(`newsgraph bench: ${count} articles generated from examples/articles`);
  }
  if (only === undefined || only === 'analysis') {
    process.stderr.write(
      `analysing the examples x${ANALYSIS_COPIES} on 1 and 2 worker threads, ${ANALYSIS_ROUNDS} rounds ...\n`,
    );
    const analysis = await measureAnalysisThroughput(ANALYSIS_ROUNDS, ANALYSIS_COPIES);
    const figures = analysisMetrics(analysis);
    Object.assign(metrics, figures.metrics);
    rows.push(...figures.rows);
    console.log(
      `analysis: the ${analysis.one.articles / ANALYSIS_COPIES} examples x${ANALYSIS_COPIES}, ` +
        `the default pipeline and its stages to events, best of ${ANALYSIS_ROUNDS} rounds`,
    );
  }
  if (only === undefined || only === 'duplicates') {
    process.stderr.write('duplicates: analysis with and without the stage, and its bad inputs ...\n');
    const duplicates = await measureDuplicatesOverhead(DUPLICATES_ROUNDS, DUPLICATES_COPIES, folder);
    metrics['duplicates.overheadRatio'] = round(duplicates.overheadRatio, 3);
    metrics['duplicates.analysisMsPerArticle'] = round(duplicates.analysisMsPerArticle, 2);
    metrics['duplicates.stageMsPerArticle'] = round(duplicates.stageMsPerArticle, 3);
    metrics['duplicates.fiveMbBodyMs'] = Math.round(duplicates.fiveMbBodyMs);
    metrics['duplicates.identicalLastOverFirst'] = round(duplicates.identicalLastOverFirst, 2);
    rows.push(
      [
        'duplicates.overheadRatio',
        metrics['duplicates.overheadRatio'],
        '< 1.10 (analysis with the stage over without)',
      ],
      [
        'duplicates.analysisMsPerArticle',
        metrics['duplicates.analysisMsPerArticle'],
        '(default pipeline without the stage, 1 thread)',
      ],
      ['duplicates.stageMsPerArticle', metrics['duplicates.stageMsPerArticle'], ''],
      ['duplicates.fiveMbBodyMs', metrics['duplicates.fiveMbBodyMs'], '(one 5 MB body, the stage alone)'],
      [
        'duplicates.identicalLastOverFirst',
        metrics['duplicates.identicalLastOverFirst'],
        '~1 (10,000 identical bodies stored, 1,000 a batch: last 3 over first 3)',
      ],
    );
  }
  if (only === undefined || only === 'api') {
    process.stderr.write('API: annotated articles served on 127.0.0.1 ...\n');
    const api = await runApiBench({
      root: ROOT,
      db: apiDb ?? join(folder, 'api.db'),
      articles: count,
      seconds: API_SECONDS,
      connections: API_CONNECTIONS,
      log: (line) => process.stderr.write(line),
    });
    const apiFigures = apiMetrics(api);
    Object.assign(metrics, apiFigures.metrics);
    rows.push(...apiFigures.rows);
    console.log(
      `api: ${count} annotated articles (the examples analysed once, then copied), ` +
        `${API_SECONDS} s at ${API_CONNECTIONS} connections per route family\n`,
    );
  }
  if (only === undefined || only === 'export') {
    // The API part's store, when it ran (or --api-db names one), is the large export's: filling
    // another of 100,000 analysed articles would take minutes for nothing.
    const apiStore = apiDb ?? join(folder, 'api.db');
    const exported = await measureExportThroughput(
      ROOT,
      folder,
      count,
      (line) => process.stderr.write(line),
      existsSync(apiStore) ? apiStore : undefined,
    );
    const { small, large } = exported;
    metrics['export.articlesPerSecond'] = Math.round(large.articles / large.seconds);
    metrics['export.peakRssMb'] = round(large.peakRssMb);
    metrics['export.peakRssMbTenth'] = round(small.peakRssMb);
    rows.push(
      [
        'export.articlesPerSecond',
        metrics['export.articlesPerSecond'],
        `>= 5000 (jsonl, ${large.articles} analysed)`,
      ],
      ['export.peakRssMb', metrics['export.peakRssMb'], `flat: vs export.peakRssMbTenth`],
      ['export.peakRssMbTenth', metrics['export.peakRssMbTenth'], `(${small.articles} articles)`],
    );
    console.log(
      `export: ${large.articles} analysed articles as jsonl (${round(large.outMb)} MB) in ${round(large.seconds, 2)} s; ` +
        `${small.articles} in ${round(small.seconds, 2)} s\n`,
    );
  }
  if (only === undefined || only === 'web') {
    const missing = missingChromium();
    if (missing) {
      console.log(`web: skipped, ${missing}`);
    } else {
      process.stderr.write("web: the dashboard's first page in Chromium ...\n");
      const web = await measureDashboard();
      metrics['web.firstPageKbGzip'] = round(web.firstPageKbGzip);
      metrics['web.firstResultsMs'] = Math.round(web.firstResultsMs);
      rows.push(
        ['web.firstPageKbGzip', metrics['web.firstPageKbGzip'], '<= 1000 (JavaScript of the first page)'],
        ['web.firstResultsMs', metrics['web.firstResultsMs'], '< 1500 (navigation to first result)'],
      );
    }
  }
  if (only === undefined || only === 'postgres') {
    const postgres = await runPostgresPart({ root: ROOT, folder, articles: count });
    Object.assign(metrics, postgres.metrics);
    rows.push(...postgres.rows);
  }
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

import { parseArgs } from 'node:util';
import { evalMetadata, type MetadataEvaluation, printTable } from './eval-metadata.js';
import { type AebMetrics, evaluateAeb } from './evaluate-aeb.js';
import { evaluateTrafilaturaEval, type TrafilaturaEvalMetrics } from './evaluate-trafilatura-eval.js';

/**
 * `npm run eval:extract -- [--json] [--only aeb|trafilatura|metadata] [--limit N] [--skip-baselines]`:
 * main-text extraction on the benchmarks of `../shared/data/extraction` (see its README for the
 * metrics), newsgraph's extractor beside Readability on jsdom and on linkedom, in one process; then
 * publication dates (htmldate-1000) and Readability's test-page metadata (`eval-metadata.ts`). With `--json`
 * the last line is `{"metrics": {...}}`, one nested object per benchmark.
 */
const { values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    only: { type: 'string' },
    limit: { type: 'string' },
    'skip-baselines': { type: 'boolean', default: false },
  },
});
const SECTIONS = ['aeb', 'trafilatura', 'metadata'];
if (values.only !== undefined && !SECTIONS.includes(values.only))
  throw new Error(`--only takes one of ${SECTIONS.join(', ')}, not "${values.only}"`);
const limit = values.limit === undefined ? undefined : Number.parseInt(values.limit, 10);
if (limit !== undefined && !(limit > 0))
  throw new Error(`--limit takes a positive whole number, not "${values.limit}"`);
const options = { limit, withBaselines: !values['skip-baselines'] };
const wants = (section: string) => values.only === undefined || values.only === section;
const startedMs = performance.now();

// One entry per benchmark, each from one function returning its metrics object.
const metrics: {
  aeb?: AebMetrics;
  trafilaturaEval?: TrafilaturaEvalMetrics;
  dates?: MetadataEvaluation['dates'] & { rest: Summary; readability: Summary };
  testpages?: MetadataEvaluation['testpages'];
} = {};
type Summary = { f1: number; precision: number; recall: number; accuracy: number };
if (wants('aeb')) metrics.aeb = evaluateAeb(options).metrics;
if (wants('trafilatura')) metrics.trafilaturaEval = evaluateTrafilaturaEval(options).metrics;
let metadata: MetadataEvaluation | undefined;
if (wants('metadata')) {
  metadata = await evalMetadata(limit === undefined ? {} : { limit });
  const summary = ({ f1, precision, recall, accuracy }: Summary) => ({ f1, precision, recall, accuracy });
  metrics.dates = {
    ...metadata.dates,
    rest: summary(metadata.datesBySplit.rest),
    readability: summary(metadata.datesBySplit.readabilityAll),
  };
  metrics.testpages = metadata.testpages;
}

const f3 = (value: number | undefined) => (value === undefined ? '-' : value.toFixed(3));
const row = (cells: string[]) =>
  console.log(cells.map((cell, i) => (i === 0 ? cell.padEnd(24) : cell.padStart(9))).join(' '));
if (metrics.aeb) {
  const { aeb } = metrics;
  console.log(`aeb: ${aeb.pages} pages, 4-token shingles; peak RSS ${aeb.peakRssMb.toFixed(0)} MB`);
  row(['extractor', 'F1', 'precision', 'recall', 'pages/s', 'failures']);
  for (const [name, run] of [
    ['newsgraph', aeb],
    ['  dev half', { ...aeb.dev, pagesPerSecond: undefined, failures: undefined }],
    ['  test half', { ...aeb.test, pagesPerSecond: undefined, failures: undefined }],
    ['Readability + jsdom', aeb.readabilityJsdom],
    ['Readability + linkedom', aeb.readabilityLinkedom],
  ] as const)
    if (run)
      row([
        name,
        f3(run.f1),
        f3(run.precision),
        f3(run.recall),
        run.pagesPerSecond?.toFixed(1) ?? '-',
        String(run.failures ?? '-'),
      ]);
  if (aeb.readabilityJsdom)
    console.log(
      `speed: ${(aeb.pagesPerSecond / aeb.readabilityJsdom.pagesPerSecond).toFixed(2)}x Readability + jsdom`,
    );
}
if (metrics.trafilaturaEval) {
  const segments = metrics.trafilaturaEval;
  console.log(
    `trafilatura-eval: ${segments.tp + segments.fn} segments to keep, ${segments.fp + segments.tn} to leave out`,
  );
  row(['extractor', 'F1', 'precision', 'recall']);
  for (const [name, scores] of [
    ['newsgraph', segments],
    ['  dev half', segments.dev],
    ['  test half', segments.test],
    ['Readability + jsdom', segments.readabilityJsdom],
    ['Readability + linkedom', segments.readabilityLinkedom],
  ] as const)
    if (scores) row([name, f3(scores.f1), f3(scores.precision), f3(scores.recall)]);
  console.log(`newsgraph failed on ${segments.failures} pages`);
}
if (metadata) printTable(metadata);
console.log(`${((performance.now() - startedMs) / 1000).toFixed(0)} s`);
if (values.json) console.log(JSON.stringify({ metrics }));

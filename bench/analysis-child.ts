import { performance } from 'node:perf_hooks';
import type { Article } from '../src/document/article.js';
import { readInput } from '../src/ingest/read-input.js';
import { walkInputs } from '../src/ingest/walk-inputs.js';
import { type Analysis, analyzeInOrder } from '../src/pipeline/analyze-in-order.js';
import { runPipeline } from '../src/pipeline/run-pipeline.js';
import { WorkerPool } from '../src/pipeline/worker-pool.js';
import { defaultPipeline } from '../src/system.js';
import { eventsPipeline } from './events-pipeline.js';

/**
 * Runs in its own process so that its peak memory is this analysis's alone:
 * `tsx bench/analysis-child.ts THREADS COPIES WARM_UP START_AT PIPELINE` analyses the examples,
 * repeated COPIES times, on a pool of THREADS worker threads (0: in this thread, without a pool)
 * and prints one JSON line. The rate leaves out the start-up (loading the models) and a warm-up
 * (each thread analyses the examples WARM_UP times first, see `WARM_UP_COPIES` in `analysis-throughput.ts`), both reported
 * beside it; with START_AT (epoch ms; 0 for none), the timed part waits for that moment, to run
 * beside another process. PIPELINE is `default` (the whole analysis) or `events` (tokens to events).
 */
const [threads, copies, warmUpCopies, startAt] = process.argv.slice(2, 6).map(Number) as [
  number,
  number,
  number,
  number,
];
const PIPELINES = {
  default: { build: defaultPipeline, module: new URL('../src/system.ts', import.meta.url).href },
  events: { build: eventsPipeline, module: new URL('./events-pipeline.ts', import.meta.url).href },
};
const chosen = PIPELINES[process.argv[6] as keyof typeof PIPELINES];
if (!chosen) throw new Error(`PIPELINE is default or events, not ${process.argv[6]}`);
const EXAMPLES = ['articles', 'json', 'text'].map(
  (folder) => new URL(`../examples/${folder}`, import.meta.url).pathname,
);

const examples: Article[] = [];
for await (const walked of walkInputs(EXAMPLES)) {
  if ('rejection' in walked) throw new Error(`cannot read ${walked.rejection.input}`);
  for await (const outcome of readInput(walked.file)) {
    if ('rejection' in outcome) throw new Error(`cannot read ${outcome.rejection.input}`);
    examples.push(outcome.article);
  }
}
const articles = Array.from({ length: copies }, () => examples).flat();

let startedAt = performance.now();
const analysis: Analysis = { pipeline: chosen.build() };
if (threads > 0) {
  analysis.pool = new WorkerPool({
    threads,
    pipeline: { module: chosen.module, exportName: chosen.build.name },
  });
  await analysis.pool.start();
} else {
  runPipeline(analysis.pipeline, examples[0] as Article);
}
const startupMs = performance.now() - startedAt;

startedAt = performance.now();
for (let copy = 0; copy < warmUpCopies; copy++) {
  const { pool } = analysis;
  if (pool) {
    // A thread takes one task at a time, so `threads` batches at once go one to each thread.
    await Promise.all(Array.from({ length: threads }, () => pool.analyze(examples)));
  } else {
    for (const article of examples) runPipeline(analysis.pipeline, article);
  }
}
const warmUpMs = performance.now() - startedAt;
while (Date.now() < startAt) await new Promise((resolve) => setTimeout(resolve, 5));

startedAt = performance.now();
let analysed = 0;
let failed = 0;
for await (const { annotated } of analyzeInOrder(stream(articles), (article) => article, analysis)) {
  analysed++;
  if (annotated?.diagnostics.some((diagnostic) => diagnostic.code === 'worker-failed')) failed++;
}
const seconds = (performance.now() - startedAt) / 1000;
await analysis.pool?.close();

process.stdout.write(
  `${JSON.stringify({
    threads,
    articles: analysed,
    failed,
    startupMs,
    warmUpMs,
    seconds,
    articlesPerSecond: analysed / seconds,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  })}\n`,
);

async function* stream(list: readonly Article[]): AsyncGenerator<Article> {
  yield* list;
}

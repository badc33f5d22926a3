import { performance } from 'node:perf_hooks';
import type { Article } from '../src/document/article.js';
import { readInput } from '../src/ingest/read-input.js';
import { walkInputs } from '../src/ingest/walk-inputs.js';
import { type Analysis, analyzeInOrder } from '../src/pipeline/analyze-in-order.js';
import { runPipeline } from '../src/pipeline/run-pipeline.js';
import { defaultPipeline, openWorkerPool } from '../src/system.js';

/**
 * Runs in its own process so that its peak memory is this analysis's alone:
 * `tsx bench/analysis-child.ts THREADS COPIES [START_AT]` analyses the examples, repeated COPIES
 * times, on a pool of THREADS worker threads (0: in this thread, without a pool) and prints one
 * JSON line. The rate leaves out the start-up (loading the models) and a warm-up, both reported
 * beside it; with START_AT (epoch ms), the timed part waits for that moment, to run beside another
 * process.
 */
const [threads, copies, startAt = 0] = process.argv.slice(2).map(Number) as [number, number, number?];
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

/**
 * Times each thread analyses the examples before the clock starts. A new thread runs its first few
 * hundred articles at about half its later speed while V8 compiles and recompiles the pipeline's
 * code on its helper threads; timed from the first article, two threads would pay that twice
 * within the same number of articles. The PostgreSQL workers' bench warms each worker the same way.
 */
const WARM_UP_COPIES = 8;

let startedAt = performance.now();
const analysis: Analysis = { pipeline: defaultPipeline() };
if (threads > 0) {
  analysis.pool = openWorkerPool(threads);
  await analysis.pool.start();
} else {
  runPipeline(analysis.pipeline, examples[0] as Article);
}
const startupMs = performance.now() - startedAt;

startedAt = performance.now();
for (let copy = 0; copy < WARM_UP_COPIES; copy++) {
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

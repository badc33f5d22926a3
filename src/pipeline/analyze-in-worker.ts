import { workerData } from 'node:worker_threads';
import type { AnnotatedArticle } from '../document/annotations.js';
import { type Article, createArticle } from '../document/article.js';
import type { Pipeline } from './create-pipeline.js';
import { runPipeline } from './run-pipeline.js';
import type { PipelineSource } from './worker-pool.js';

/**
 * The entry of each worker thread of a WorkerPool: it builds its pipeline once, when the thread
 * starts, and then analyses one batch of articles per task, in order.
 */
const source = workerData as PipelineSource;
const createPipeline = (await import(source.module))[source.exportName] as unknown;
if (typeof createPipeline !== 'function') {
  throw new Error(`${source.module} does not export a function "${source.exportName}"`);
}
const pipeline = createPipeline() as Pipeline;

// The stages load their models on first use; one short article here moves that cost into the
// thread's start-up, out of its first batch.
runPipeline(
  pipeline,
  createArticle(
    { title: 'Warm-up', body: ['Officials in Paris met on Monday and said talks would resume.'] },
    { location: 'worker warm-up', reader: 'none', contentHash: '', retrievedAt: '' },
  ),
);

export default function analyzeInWorker(articles: readonly Article[]): AnnotatedArticle[] {
  return articles.map((article) => runPipeline(pipeline, article));
}

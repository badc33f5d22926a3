import type { AnnotatedArticle } from '../document/annotations.js';
import type { Article } from '../document/article.js';
import type { Rejection } from '../ingest/input-error.js';
import { type InputFile, readInput } from '../ingest/read-input.js';
import { type WalkOptions, walkInputs } from '../ingest/walk-inputs.js';
import type { Pipeline } from '../pipeline/create-pipeline.js';
import { runPipeline } from '../pipeline/run-pipeline.js';
import type { PutStatus, Store } from '../store/store.js';

export interface IngestOptions extends WalkOptions {
  /** Files, folders, globs, or `-` for standard input. */
  paths: readonly string[];
  /** Analyse each article before storing it; without a pipeline, articles are stored as read. */
  pipeline?: Pipeline;
  /** Articles per transaction: a crash loses at most the batch in flight, never half of one. */
  batchSize?: number;
  onProgress?: (progress: IngestProgress) => void;
}

export interface IngestProgress {
  filesDone: number;
  filesTotal: number;
  articles: number;
}

export interface IngestSummary extends Record<PutStatus, number> {
  files: number;
  rejected: Rejection[];
}

const DEFAULT_BATCH_SIZE = 500;

/**
 * Reads every input, analyses each article when given a pipeline, and stores them in
 * transactions of `batchSize`. Inputs that cannot be read are rejected with their reason;
 * the rest of the batch goes on.
 */
export async function ingestArticles(store: Store, options: IngestOptions): Promise<IngestSummary> {
  const summary: IngestSummary = { files: 0, added: 0, updated: 0, duplicate: 0, rejected: [] };
  const files: InputFile[] = [];
  for await (const outcome of walkInputs(options.paths, options)) {
    if ('file' in outcome) files.push(outcome.file);
    else summary.rejected.push(outcome.rejection);
  }

  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  let batch: (Article | AnnotatedArticle)[] = [];
  let articles = 0;
  const flush = async () => {
    for (const outcome of await store.putArticles(batch)) summary[outcome.status]++;
    batch = [];
  };
  for (const file of files) {
    for await (const outcome of readInput(file)) {
      if ('rejection' in outcome) {
        summary.rejected.push(outcome.rejection);
        continue;
      }
      batch.push(options.pipeline ? runPipeline(options.pipeline, outcome.article) : outcome.article);
      articles++;
      if (batch.length >= batchSize) await flush();
    }
    summary.files++;
    options.onProgress?.({ filesDone: summary.files, filesTotal: files.length, articles });
  }
  if (batch.length > 0) await flush();
  return summary;
}

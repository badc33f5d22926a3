import type { AnnotatedArticle } from '../document/annotations.js';
import type { Rejection } from '../ingest/input-error.js';
import { readInput } from '../ingest/read-input.js';
import { type WalkOptions, walkInputs } from '../ingest/walk-inputs.js';
import type { Pipeline } from '../pipeline/create-pipeline.js';
import { runPipeline } from '../pipeline/run-pipeline.js';

export type AnalyzeOutcome = { article: AnnotatedArticle } | { rejection: Rejection };

/** Reads and analyses every article of the inputs, in argument order, without a database. */
export async function* analyzeInputs(
  paths: readonly string[],
  pipeline: Pipeline,
  options: WalkOptions = {},
): AsyncGenerator<AnalyzeOutcome> {
  for await (const walked of walkInputs(paths, options)) {
    if ('rejection' in walked) {
      yield walked;
      continue;
    }
    for await (const outcome of readInput(walked.file)) {
      yield 'article' in outcome ? { article: runPipeline(pipeline, outcome.article) } : outcome;
    }
  }
}

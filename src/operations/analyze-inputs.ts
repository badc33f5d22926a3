import type { AnnotatedArticle } from '../document/annotations.js';
import type { Article } from '../document/article.js';
import type { Rejection } from '../ingest/input-error.js';
import { type ReadOutcome, readInput } from '../ingest/read-input.js';
import { type WalkOptions, walkInputs } from '../ingest/walk-inputs.js';
import { type Analysis, analyzeInOrder } from '../pipeline/analyze-in-order.js';

export type AnalyzeOutcome = { article: AnnotatedArticle } | { rejection: Rejection };

/**
 * Reads and analyses every article of the inputs, in argument order, without a database. With a
 * worker pool in `analysis`, a large input is analysed on every core, still in argument order.
 */
export async function* analyzeInputs(
  paths: readonly string[],
  analysis: Analysis,
  options: WalkOptions = {},
): AsyncGenerator<AnalyzeOutcome> {
  for await (const { item, annotated } of analyzeInOrder(readInputs(paths, options), articleOf, analysis)) {
    yield 'rejection' in item ? item : { article: annotated as AnnotatedArticle };
  }
}

async function* readInputs(paths: readonly string[], options: WalkOptions): AsyncGenerator<ReadOutcome> {
  for await (const walked of walkInputs(paths, options)) {
    if ('rejection' in walked) yield walked;
    else yield* readInput(walked.file);
  }
}

function articleOf(outcome: ReadOutcome): Article | undefined {
  return 'article' in outcome ? outcome.article : undefined;
}

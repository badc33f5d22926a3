import type { AnnotatedArticle } from '../document/annotations.js';
import type { Rejection } from '../ingest/input-error.js';
import { readInput } from '../ingest/read-input.js';
import type { Pipeline } from '../pipeline/create-pipeline.js';
import { runPipeline } from '../pipeline/run-pipeline.js';
import type { PutOutcome, Store } from '../store/store.js';

/** What a posted body holds: a seed record or plain text, a JSON record (or array), or an HTML page. */
export type PostedFormat = 'text' | 'json' | 'html';

export interface PostedArticle {
  bytes: Buffer;
  format: PostedFormat;
  /** Where it came from, recorded as the articles' origin (`api`). */
  location: string;
}

export interface PostOutcome {
  /** Each article read, in order: its id and whether it was added, updated or already there. */
  articles: PutOutcome[];
  rejected: Rejection[];
}

const EXTENSIONS: Record<PostedFormat, string> = { text: '.txt', json: '.json', html: '.html' };

/** Reads the articles of one posted body, analyses each with the pipeline, and stores them together. */
export async function ingestArticle(
  store: Store,
  posted: PostedArticle,
  pipeline: Pipeline,
): Promise<PostOutcome> {
  const analysed: AnnotatedArticle[] = [];
  const rejected: Rejection[] = [];
  // The reader picks its format by the name's ending, as for a file.
  const path = `${posted.location}${EXTENSIONS[posted.format]}`;
  for await (const outcome of readInput({ path, size: posted.bytes.length, bytes: posted.bytes })) {
    if ('article' in outcome) analysed.push(runPipeline(pipeline, outcome.article));
    else rejected.push({ ...outcome.rejection, input: posted.location });
  }
  const articles = analysed.length > 0 ? await store.putArticles(analysed) : [];
  return { articles, rejected };
}

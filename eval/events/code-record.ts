import type { AnnotatedArticle, NewsEvent } from '../../src/document/annotations.js';
import { createArticle } from '../../src/document/article.js';
import type { Pipeline } from '../../src/pipeline/create-pipeline.js';
import { runPipeline } from '../../src/pipeline/run-pipeline.js';
import type { ValidationRecord } from './read-validation-file.js';
import { isoDateOf } from './record-skip-reason.js';

/** What newsgraph made of one validation record. */
export interface CodedRecord {
  article: AnnotatedArticle;
  events: NewsEvent[];
  /** Messages of stages that failed or were skipped on this record. */
  failures: string[];
}

/**
 * Runs the pipeline on a record's text as a one-sentence article: no title, the text as its only
 * body paragraph, published on the record's date. `file` names the source for provenance.
 */
export function codeRecord(pipeline: Pipeline, record: ValidationRecord, file: string): CodedRecord {
  const article = createArticle(
    { title: '', body: [record.text], publishedAt: isoDateOf(record.date) ?? '', source: file },
    { location: `${file}#${record.id}`, reader: 'eval-events@1', contentHash: '', retrievedAt: '' },
  );
  const annotated = runPipeline(pipeline, article);
  const failures = annotated.diagnostics
    .filter((diagnostic) => diagnostic.code === 'stage-failed' || diagnostic.code === 'stage-skipped')
    .map((diagnostic) => diagnostic.message);
  return { article: annotated, events: annotated.events ?? [], failures };
}

import type { AnnotatedArticle } from '../../document/annotations.js';
import { type ArticleRecord, createArticle } from '../../document/article.js';
import { createPipeline } from '../../pipeline/create-pipeline.js';
import { runPipeline } from '../../pipeline/run-pipeline.js';
import { actorsStage } from '../actors/actors-stage.js';
import { coreferenceStage } from '../coreference/coreference-stage.js';
import { entitiesStage } from '../entities/entities-stage.js';
import { sentencesStage } from '../sentences/sentences-stage.js';
import { tokensStage } from '../tokens/tokens-stage.js';
import { quotesStage } from './quotes-stage.js';

/** For the quotes stage's tests: the stages it needs, and nothing after it. */
const pipeline = createPipeline([
  tokensStage,
  sentencesStage,
  entitiesStage,
  coreferenceStage,
  actorsStage,
  quotesStage,
]);
const origin = { location: 'test', reader: 'test@1', contentHash: 'x', retrievedAt: '2024-01-01T00:00:00Z' };

/** An article of these paragraphs (and any other fields of `record`) run through the quotes stage. */
export function analyzeQuotes(body: string[], record: Partial<ArticleRecord> = {}): AnnotatedArticle {
  return runPipeline(
    pipeline,
    createArticle({ title: 'Talks in the region', publishedAt: '2018-06-17', body, ...record }, origin),
  );
}

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Article, createArticle } from '../src/document/article.js';
import { readSeedRecord } from '../src/ingest/read-seed-record.js';
import { createPipeline } from '../src/pipeline/create-pipeline.js';
import { runPipeline } from '../src/pipeline/run-pipeline.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { defaultPipeline } from '../src/system.js';

export interface DuplicatesOverhead {
  /** Analysis time per article with the duplicates stage over without it (best round of each). */
  overheadRatio: number;
  /** The default pipeline without the stage, per article of the examples. */
  analysisMsPerArticle: number;
  /** The stage alone, per article of the examples. */
  stageMsPerArticle: number;
  /** Signing one 5 MB body of words. */
  fiveMbBodyMs: number;
  /**
   * Storing 10,000 articles with one body (each a copy of the first), 1,000 a batch: the mean
   * time of the last 3 batches over the first 3; about 1 when storing does not grow with the copies.
   */
  identicalLastOverFirst: number;
}

const ROOT = join(import.meta.dirname, '..');
const origin = { location: 'bench', reader: 'bench@1', contentHash: '', retrievedAt: '2026-01-01T00:00:00Z' };

/**
 * The cost of near-duplicate detection: the default pipeline with and without the duplicates
 * stage on the same articles (the examples, `copies` times), alternating for `rounds` rounds in
 * one process, each the best of its rounds; then the bad inputs of issue 9 (a 5 MB body, 10,000
 * identical articles) to show they stay linear. `folder` holds the store of the last.
 */
export async function measureDuplicatesOverhead(
  rounds: number,
  copies: number,
  folder: string,
): Promise<DuplicatesOverhead> {
  const examples = readExamples();
  const articles = Array.from({ length: copies }, () => examples).flat();
  const withStage = defaultPipeline();
  const stage = withStage.stages.find((each) => each.produces.includes('minhash'));
  if (!stage) throw new Error('the default pipeline has no stage producing minhash');
  const withoutStage = createPipeline(withStage.stages.filter((each) => each !== stage));
  const onlyStage = createPipeline([stage]);
  for (const article of examples) runPipeline(withStage, article);
  const timeOf = (pipeline: typeof withStage, article: Article): number => {
    const start = performance.now();
    runPipeline(pipeline, article);
    return performance.now() - start;
  };
  // Each article with and without the stage one after the other, so that a burst of other work
  // on the machine slows both alike; per round, the sums; of the rounds, the best of each.
  let bestWith = Number.POSITIVE_INFINITY;
  let bestWithout = Number.POSITIVE_INFINITY;
  let bestStage = Number.POSITIVE_INFINITY;
  for (let round = 0; round < rounds; round++) {
    let without = 0;
    let withIt = 0;
    let alone = 0;
    for (const article of articles) {
      without += timeOf(withoutStage, article);
      withIt += timeOf(withStage, article);
      alone += timeOf(onlyStage, article);
    }
    bestWithout = Math.min(bestWithout, without / articles.length);
    bestWith = Math.min(bestWith, withIt / articles.length);
    bestStage = Math.min(bestStage, alone / articles.length);
  }
  return {
    overheadRatio: bestWith / bestWithout,
    analysisMsPerArticle: bestWithout,
    stageMsPerArticle: bestStage,
    fiveMbBodyMs: signFiveMegabytes(onlyStage),
    identicalLastOverFirst: await storeIdentical(onlyStage, folder),
  };
}

function readExamples(): Article[] {
  const folder = join(ROOT, 'examples/articles');
  return readdirSync(folder)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => createArticle(readSeedRecord(readFileSync(join(folder, name), 'utf8')).record, origin));
}

function signFiveMegabytes(pipeline: ReturnType<typeof createPipeline>): number {
  const words = ['talks', 'border', 'minister', 'said', 'crossing', 'forces', 'capital', 'aid'];
  const paragraphs: string[] = [];
  for (let index = 0, length = 0; length < 5_000_000; index++) {
    const paragraph = `${words[index % 8]} ${index} ${words[(index * 7) % 8]} ${index % 97} of the report.`;
    paragraphs.push(paragraph);
    length += paragraph.length + 2;
  }
  const article = createArticle({ title: 'Long', body: paragraphs }, origin);
  const start = performance.now();
  runPipeline(pipeline, article);
  return performance.now() - start;
}

async function storeIdentical(pipeline: ReturnType<typeof createPipeline>, folder: string): Promise<number> {
  const body = readExamples()[0]?.text.split('\n\n').slice(2) ?? [];
  const store = new SqliteStore(join(folder, 'identical.db'));
  const batchMs: number[] = [];
  try {
    for (let batch = 0; batch < 10; batch++) {
      const articles = Array.from({ length: 1000 }, (_, index) =>
        runPipeline(pipeline, createArticle({ title: `Copy ${batch * 1000 + index}`, body }, origin)),
      );
      const start = performance.now();
      await store.putArticles(articles);
      batchMs.push(performance.now() - start);
    }
  } finally {
    await store.close();
  }
  const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
  return sum(batchMs.slice(-3)) / sum(batchMs.slice(0, 3));
}

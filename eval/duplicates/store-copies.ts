import { join } from 'node:path';
import { createPipeline } from '../../src/pipeline/create-pipeline.js';
import { runPipeline } from '../../src/pipeline/run-pipeline.js';
import type { AnyStage } from '../../src/pipeline/stage.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { readDuplicateSet, type Split } from './duplicate-set.js';
import { type CopyScores, type CopyVerdict, scoreCopies } from './score-copies.js';

/**
 * The split's articles analysed by `stage` and stored one by one, in the set's seeded order, in a
 * fresh SQLite store (a file in `folder`); then the copies it marked, scored.
 */
export async function storeCopies(
  root: string,
  split: Split,
  stage: AnyStage,
  folder: string,
): Promise<CopyScores> {
  const set = readDuplicateSet(root, split);
  const pipeline = createPipeline([stage]);
  const store = new SqliteStore(join(folder, `${split}-${stage.version}.db`));
  try {
    const groupById = new Map(set.map((item) => [item.article.id, item.group]));
    for (const item of set) await store.putArticles([runPipeline(pipeline, item.article)]);
    const verdicts: CopyVerdict[] = [];
    for (const item of set) {
      const copyOf = (await store.getArticle(item.article.id))?.copyOf;
      verdicts.push({ item, copiesGroup: copyOf && groupById.get(copyOf.id) });
    }
    return scoreCopies(verdicts);
  } finally {
    await store.close();
  }
}

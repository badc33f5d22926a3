import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bodyParagraphs } from '../../src/document/article.js';
import { bandKeys } from '../../src/stages/duplicates/band-keys.js';
import { bodyWords } from '../../src/stages/duplicates/body-words.js';
import { createDuplicatesStage } from '../../src/stages/duplicates/duplicates-stage.js';
import { estimateSimilarity, minhashSignature } from '../../src/stages/duplicates/minhash-signature.js';
import { readDuplicateSet } from './duplicate-set.js';
import { storeCopies } from './store-copies.js';

/**
 * `npx tsx eval/duplicates/tune-duplicates.ts`: on the dev split only, for each shingle length
 * and number of hashes, (1) the copies a store marks, scored as eval-duplicates.ts does, and
 * (2) every pair of articles: precision and recall of "same group" at 0.8 (counted only when the
 * pair shares a band), the least estimate for two articles of one group (copy and copy included)
 * and the greatest for two of different groups, which say how far each side is from 0.8.
 */
const ROOT = join(import.meta.dirname, '../..');
const folder = mkdtempSync(join(tmpdir(), 'newsgraph-tune-duplicates-'));
const set = readDuplicateSet(ROOT, 'dev');
const words = set.map((item) => bodyWords(bodyParagraphs(item.article).join('\n')));
try {
  for (const shingleWords of [2, 3, 4, 5]) {
    for (const hashes of [64, 128, 256]) {
      const stored = await storeCopies(ROOT, 'dev', createDuplicatesStage({ shingleWords, hashes }), folder);
      const signatures = words.map((list) => minhashSignature(list, { shingleWords, hashes }));
      const bands = signatures.map((signature) => new Set(signature ? bandKeys(signature) : []));
      let truePositives = 0;
      let falsePositives = 0;
      let positives = 0;
      let leastSame = 1;
      let mostDifferent = 0;
      for (let a = 0; a < set.length; a++) {
        for (let b = a + 1; b < set.length; b++) {
          const same = set[a]?.group === set[b]?.group;
          if (same) positives++;
          const [first, second] = [signatures[a], signatures[b]];
          const similarity = first && second ? estimateSimilarity(first, second) : 0;
          if (same) leastSame = Math.min(leastSame, similarity);
          else mostDifferent = Math.max(mostDifferent, similarity);
          if (similarity >= 0.8 && [...(bands[a] ?? [])].some((key) => bands[b]?.has(key))) {
            if (same) truePositives++;
            else falsePositives++;
          }
        }
      }
      const precision = truePositives / Math.max(1, truePositives + falsePositives);
      console.log(
        `k=${shingleWords} n=${hashes}: stored ${stored.right}/${stored.copies} right of ${stored.marked} marked; ` +
          `pairs precision ${precision.toFixed(3)} recall ${(truePositives / positives).toFixed(3)}, ` +
          `least same-group ${leastSame.toFixed(3)}, most other-group ${mostDifferent.toFixed(3)}`,
      );
    }
  }
} finally {
  rmSync(folder, { recursive: true, force: true });
}

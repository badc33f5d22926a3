import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { duplicatesStage } from '../../src/stages/duplicates/duplicates-stage.js';
import { storeCopies } from './store-copies.js';

/**
 * `npm run eval:duplicates [-- --json]`: each split's articles (README.md) analysed by the
 * duplicates stage and stored one by one in a fresh SQLite store; then precision and recall of
 * the copies the store marked (threshold 0.8). Tuned on dev (tune-duplicates.ts); the figures are test's.
 */
const ROOT = join(import.meta.dirname, '../..');
const { values } = parseArgs({ options: { json: { type: 'boolean', default: false } } });
const folder = mkdtempSync(join(tmpdir(), 'newsgraph-eval-duplicates-'));

try {
  const test = await storeCopies(ROOT, 'test', duplicatesStage, folder);
  const dev = await storeCopies(ROOT, 'dev', duplicatesStage, folder);
  for (const [split, scores] of [
    ['test', test],
    ['dev', dev],
  ] as const) {
    console.log(
      `${split}: ${scores.copies} copies, ${scores.marked} marked, ${scores.right} right: ` +
        `precision ${scores.precision.toFixed(3)}, recall ${scores.recall.toFixed(3)}`,
    );
    for (const [edits, tally] of [...scores.recallByEdits].sort()) {
      console.log(`  ${edits.padEnd(36)} ${tally.right}/${tally.copies}`);
    }
  }
  const metrics = {
    'duplicates.precision': round(test.precision),
    'duplicates.recall': round(test.recall),
    'duplicates.copies': test.copies,
    'duplicates.dev.precision': round(dev.precision),
    'duplicates.dev.recall': round(dev.recall),
  };
  if (values.json) console.log(JSON.stringify({ metrics }));
} finally {
  rmSync(folder, { recursive: true, force: true });
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

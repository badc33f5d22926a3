import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { AnnotatedArticle } from '../src/document/annotations.js';
import { toAnnotatedJson } from '../src/document/to-annotated-json.js';
import { analyzeInputs } from '../src/operations/analyze-inputs.js';
import type { Analysis } from '../src/pipeline/analyze-in-order.js';
import { POOL_MIN_ARTICLES } from '../src/pipeline/analyze-in-order.js';
import { createPipeline } from '../src/pipeline/create-pipeline.js';
import { defaultPipeline, openWorkerPool } from '../src/system.js';

const ROOT = join(import.meta.dirname, '..');
const COPIES = 5;
const folder = mkdtempSync(join(tmpdir(), 'newsgraph-workers-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** The examples in every format, copied often enough that analysis goes to the worker threads. */
function copyExamples(): void {
  for (let copy = 0; copy < COPIES; copy++) {
    for (const kind of ['articles', 'json', 'text']) {
      cpSync(join(ROOT, 'examples', kind), join(folder, `copy-${copy}`, kind), { recursive: true });
    }
  }
}

/** The `analyze --json` lines, without what differs from run to run: stage times and read times. */
async function analyzeToJson(analysis: Analysis): Promise<string[]> {
  const lines: string[] = [];
  for await (const outcome of analyzeInputs([folder], analysis)) {
    if ('rejection' in outcome) throw new Error(`rejected ${outcome.rejection.input}`);
    const article: AnnotatedArticle = {
      ...outcome.article,
      stages: outcome.article.stages.map((run) => ({ ...run, ms: 0 })),
      origin: { ...outcome.article.origin, retrievedAt: '' },
    };
    lines.push(JSON.stringify(toAnnotatedJson(article)));
  }
  return lines;
}

describe('analysis on worker threads', () => {
  it('prints the same JSON for the examples as analysis in the main thread, in the same order', async () => {
    copyExamples();
    const pool = openWorkerPool(2);
    try {
      // The main thread's pipeline has no stage, so every layer below comes from the threads.
      const onThreads = await analyzeToJson({ pipeline: createPipeline([]), pool });
      const inProcess = await analyzeToJson({ pipeline: defaultPipeline() });

      expect(inProcess.length).toBeGreaterThanOrEqual(POOL_MIN_ARTICLES);
      expect(onThreads).toEqual(inProcess);
    } finally {
      await pool.close();
    }
  });
});

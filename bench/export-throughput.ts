import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { generateAnnotatedStore } from './api/generate-annotated-store.js';

export interface ExportRun {
  articles: number;
  seconds: number;
  /** Resident memory once the store is open, before the first page is read. */
  rssBeforeMb: number;
  peakRssMb: number;
  outMb: number;
}

export interface ExportThroughput {
  small: ExportRun;
  large: ExportRun;
}

/**
 * Exports a store of `count` analysed articles (the examples analysed once, then copied, as the
 * API bench fills its store) as jsonl, and one of a tenth of that, each in its own process: the
 * rate of the large one, and both peaks, which stay level when the export streams. `filled`, the
 * API bench's store of `count` such articles, serves as the large one when it is there (kept).
 */
export async function measureExportThroughput(
  root: string,
  folder: string,
  count: number,
  log: (line: string) => void,
  filled?: string,
): Promise<ExportThroughput> {
  const run = async (articles: number, filledDb?: string): Promise<ExportRun> => {
    const db = filledDb ?? join(folder, `export-${articles}.db`);
    if (filledDb) {
      log(`export: the API bench's store of ${articles} analysed articles ...\n`);
    } else {
      log(`export: filling a store with ${articles} analysed articles ...\n`);
      await generateAnnotatedStore(root, db, articles);
    }
    log(`export: ${articles} articles as jsonl ...\n`);
    const out = join(folder, `export-${articles}.jsonl`);
    const result = JSON.parse(
      execFileSync(process.execPath, ['--import', 'tsx', join(root, 'bench/export-child.ts'), db, out], {
        cwd: root,
        encoding: 'utf8',
      }),
    ) as ExportRun;
    rmSync(out, { force: true });
    if (!filledDb) rmSync(db, { force: true });
    return result;
  };
  const small = await run(Math.max(1, Math.round(count / 10)));
  const large = await run(count, filled);
  return { small, large };
}

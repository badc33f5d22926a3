import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** One page of an extraction benchmark: its key, its ground truth, and whether it is a dev page. */
export interface BenchmarkPage<Truth> {
  key: string;
  truth: Truth;
  /** Even positions in key order are the dev half, on which the extractor was tuned. */
  isDev: boolean;
}

export interface Benchmark<Truth> {
  pages: BenchmarkPage<Truth>[];
  /** The page's HTML, decompressed from `html/KEY.html.gz` (already UTF-8). */
  readHtml: (key: string) => string;
}

/** The benchmarks' folder beside the repository (`../shared/data/extraction`). */
export const EXTRACTION_DATA = join(import.meta.dirname, '../../../shared/data/extraction');

/**
 * Reads a benchmark folder's `ground-truth.json` (KEY -> truth), in key order; `limit` keeps the
 * first pages. `isTruth` checks each entry, so a malformed file fails here, naming the key.
 */
export function readBenchmark<Truth>(
  folder: string,
  isTruth: (value: unknown) => value is Truth,
  limit = Number.POSITIVE_INFINITY,
): Benchmark<Truth> {
  const truthPath = join(folder, 'ground-truth.json');
  const entries = Object.entries(JSON.parse(readFileSync(truthPath, 'utf8')) as Record<string, unknown>);
  entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const pages = entries.slice(0, limit).map(([key, truth], index) => {
    if (!isTruth(truth)) throw new Error(`${truthPath}: the entry for ${key} is not of the expected shape`);
    return { key, truth, isDev: index % 2 === 0 };
  });
  return {
    pages,
    readHtml: (key) => gunzipSync(readFileSync(join(folder, 'html', `${key}.html.gz`))).toString('utf8'),
  };
}

import { join } from 'node:path';
import { BASELINES, type ExtractParagraphs, extractNewsgraph, runExtractor } from './extractors.js';
import { EXTRACTION_DATA, readBenchmark } from './read-benchmark.js';
import { countSegments, type SegmentCounts, type SegmentScores, scoreSegments } from './score-segments.js';

interface SegmentTruth {
  url: string;
  with: string[];
  without: string[];
}

const isStrings = (value: unknown) => Array.isArray(value) && value.every((item) => typeof item === 'string');
const isSegmentTruth = (value: unknown): value is SegmentTruth =>
  typeof value === 'object' &&
  value !== null &&
  isStrings((value as SegmentTruth).with) &&
  isStrings((value as SegmentTruth).without);

export interface SegmentPageResult {
  key: string;
  isDev: boolean;
  counts: SegmentCounts;
  truth: SegmentTruth;
  paragraphs: string[];
}

export interface TrafilaturaEvalMetrics extends SegmentScores {
  dev: SegmentScores;
  test: SegmentScores;
  failures: number;
  readabilityJsdom?: SegmentScores;
  readabilityLinkedom?: SegmentScores;
}

// The corpus's URLs carry a difficulty prefix ("hard::example.com-page.html"), not a real address.
const urlOf = (truth: SegmentTruth) => (/^https?:\/\//.test(truth.url) ? truth.url : undefined);

/**
 * The `trafilatura-eval` benchmark (must-contain and must-not-contain segments) for newsgraph's
 * extractor and, unless skipped, both Readability baselines; pages are read one at a time.
 */
export function evaluateTrafilaturaEval(options: { limit?: number; withBaselines?: boolean } = {}): {
  metrics: TrafilaturaEvalMetrics;
  results: SegmentPageResult[];
} {
  const benchmark = readBenchmark(join(EXTRACTION_DATA, 'trafilatura-eval'), isSegmentTruth, options.limit);
  const extractors: Record<string, ExtractParagraphs> =
    (options.withBaselines ?? true)
      ? { newsgraph: extractNewsgraph, ...BASELINES }
      : { newsgraph: extractNewsgraph };
  const counts: Record<string, SegmentCounts[]> = Object.fromEntries(
    Object.keys(extractors).map((name) => [name, []]),
  );
  const results: SegmentPageResult[] = [];
  let failures = 0;
  for (const page of benchmark.pages) {
    const html = benchmark.readHtml(page.key);
    for (const [name, extract] of Object.entries(extractors)) {
      const output = runExtractor(extract, html, urlOf(page.truth));
      const pageCounts = countSegments(page.truth, output?.join('\n'));
      counts[name]?.push(pageCounts);
      if (name !== 'newsgraph') continue;
      if (output === undefined) failures++;
      results.push({
        key: page.key,
        isDev: page.isDev,
        counts: pageCounts,
        truth: page.truth,
        paragraphs: output ?? [],
      });
    }
  }
  const scoreOf = (isDev: boolean) =>
    scoreSegments(results.filter((result) => result.isDev === isDev).map((result) => result.counts));
  const metrics: TrafilaturaEvalMetrics = {
    ...scoreSegments(counts.newsgraph ?? []),
    dev: scoreOf(true),
    test: scoreOf(false),
    failures,
  };
  if (counts.readabilityJsdom) metrics.readabilityJsdom = scoreSegments(counts.readabilityJsdom);
  if (counts.readabilityLinkedom) metrics.readabilityLinkedom = scoreSegments(counts.readabilityLinkedom);
  return { metrics, results };
}

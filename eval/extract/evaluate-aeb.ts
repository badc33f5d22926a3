import { join } from 'node:path';
import { BASELINES, type ExtractParagraphs, extractNewsgraph, runExtractor } from './extractors.js';
import { EXTRACTION_DATA, readBenchmark } from './read-benchmark.js';
import { matchShingles, type ShingleCounts, type ShingleScores, scoreShingles } from './score-shingles.js';

interface AebTruth {
  articleBody: string;
  url: string;
}

const isAebTruth = (value: unknown): value is AebTruth =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as AebTruth).articleBody === 'string' &&
  typeof (value as AebTruth).url === 'string';

export interface AebRun extends ShingleScores {
  pagesPerSecond: number;
  failures: number;
}

export interface AebPageResult {
  key: string;
  isDev: boolean;
  counts: ShingleCounts;
  paragraphs: string[];
}

export interface AebMetrics extends AebRun {
  dev: ShingleScores;
  test: ShingleScores;
  /** The process's peak resident set after newsgraph's run (pages held in memory included). */
  peakRssMb: number;
  readabilityJsdom?: AebRun;
  readabilityLinkedom?: AebRun;
}

/**
 * The `aeb` benchmark (articleBody, shingle F1) for newsgraph's extractor and, unless skipped, both
 * Readability baselines, each timed over the same pages held in memory, in the same process.
 */
export function evaluateAeb(options: { limit?: number; withBaselines?: boolean } = {}): {
  metrics: AebMetrics;
  results: AebPageResult[];
} {
  const benchmark = readBenchmark(join(EXTRACTION_DATA, 'aeb'), isAebTruth, options.limit);
  const pages = benchmark.pages.map((page) => ({ ...page, html: benchmark.readHtml(page.key) }));
  const run = (extract: ExtractParagraphs) => {
    const startedMs = performance.now();
    const outputs = pages.map((page) => runExtractor(extract, page.html, page.truth.url));
    const seconds = (performance.now() - startedMs) / 1000;
    const results = pages.map((page, i) => {
      const paragraphs = outputs[i] ?? [];
      return {
        key: page.key,
        isDev: page.isDev,
        counts: matchShingles(page.truth.articleBody, paragraphs.join('\n')),
        paragraphs,
      };
    });
    const scores: AebRun = {
      ...scoreShingles(results.map((result) => result.counts)),
      pagesPerSecond: pages.length / seconds,
      failures: outputs.filter((output) => output === undefined).length,
    };
    return { scores, results };
  };
  const newsgraph = run(extractNewsgraph);
  const scoreOf = (isDev: boolean) =>
    scoreShingles(
      newsgraph.results.filter((result) => result.isDev === isDev).map((result) => result.counts),
    );
  const metrics: AebMetrics = {
    ...newsgraph.scores,
    dev: scoreOf(true),
    test: scoreOf(false),
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  };
  if (options.withBaselines ?? true) {
    metrics.readabilityLinkedom = run(BASELINES.readabilityLinkedom).scores;
    metrics.readabilityJsdom = run(BASELINES.readabilityJsdom).scores;
  }
  return { metrics, results: newsgraph.results };
}

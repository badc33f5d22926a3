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
  /** The process's peak resident set after a pass of newsgraph alone (the pages held in memory included). */
  peakRssMb: number;
  readabilityJsdom?: AebRun;
  readabilityLinkedom?: AebRun;
}

/**
 * The `aeb` benchmark (articleBody, shingle F1) for newsgraph's extractor and, unless skipped, both
 * Readability baselines, over the same pages held in memory, in the same process. The extractors
 * take turns page by page, so a change in the machine's load falls on all of them alike, after a
 * pass of newsgraph's alone that warms it up and measures its memory.
 */
export function evaluateAeb(options: { limit?: number; withBaselines?: boolean } = {}): {
  metrics: AebMetrics;
  results: AebPageResult[];
} {
  const benchmark = readBenchmark(join(EXTRACTION_DATA, 'aeb'), isAebTruth, options.limit);
  const pages = benchmark.pages.map((page) => ({ ...page, html: benchmark.readHtml(page.key) }));
  const extractors: Record<string, ExtractParagraphs> =
    (options.withBaselines ?? true)
      ? { newsgraph: extractNewsgraph, ...BASELINES }
      : { newsgraph: extractNewsgraph };
  const names = Object.keys(extractors);
  const outputs = new Map(names.map((name) => [name, [] as (string[] | undefined)[]]));
  const milliseconds = new Map(names.map((name) => [name, 0]));
  // newsgraph alone first: the process's peak before any baseline ran is its peak resident set.
  for (const page of pages) runExtractor(extractNewsgraph, page.html, page.truth.url);
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  for (const page of pages)
    for (const [name, extract] of Object.entries(extractors)) {
      const startedMs = performance.now();
      outputs.get(name)?.push(runExtractor(extract, page.html, page.truth.url));
      milliseconds.set(name, (milliseconds.get(name) ?? 0) + performance.now() - startedMs);
    }
  const resultsOf = (name: string): AebPageResult[] =>
    pages.map((page, i) => {
      const paragraphs = outputs.get(name)?.[i] ?? [];
      return {
        key: page.key,
        isDev: page.isDev,
        counts: matchShingles(page.truth.articleBody, paragraphs.join('\n')),
        paragraphs,
      };
    });
  const runOf = (name: string, results: AebPageResult[]): AebRun => ({
    ...scoreShingles(results.map((result) => result.counts)),
    pagesPerSecond: pages.length / ((milliseconds.get(name) ?? 0) / 1000),
    failures: (outputs.get(name) ?? []).filter((output) => output === undefined).length,
  });
  const results = resultsOf('newsgraph');
  const scoreOf = (isDev: boolean) =>
    scoreShingles(results.filter((result) => result.isDev === isDev).map((result) => result.counts));
  const metrics: AebMetrics = {
    ...runOf('newsgraph', results),
    dev: scoreOf(true),
    test: scoreOf(false),
    peakRssMb,
  };
  if (outputs.has('readabilityJsdom'))
    metrics.readabilityJsdom = runOf('readabilityJsdom', resultsOf('readabilityJsdom'));
  if (outputs.has('readabilityLinkedom'))
    metrics.readabilityLinkedom = runOf('readabilityLinkedom', resultsOf('readabilityLinkedom'));
  return { metrics, results };
}

import { performance } from 'node:perf_hooks';
import { parseDateText } from '../../src/ingest/html/metadata/find-dates.js';
import { readMetadata } from '../../src/ingest/html/metadata/read-metadata.js';
import { parseHtml } from '../../src/ingest/html/parse-html.js';
import { readDatePages } from './dates-pages.js';
import { readabilityPublishedTime } from './dates-readability-baseline.js';
import { type DatePrediction, type DateScores, scoreDates } from './dates-score.js';

export interface MetadataEvaluation {
  dates: Pick<DateScores, 'f1' | 'precision' | 'recall' | 'accuracy'> & { pagesPerSecond: number };
  datesDetail: Record<string, DateScores>;
}

export async function evalMetadata(
  options: { limit?: number; verbose?: boolean } = {},
): Promise<MetadataEvaluation> {
  const pages = readDatePages(options.limit);
  const ours: (DatePrediction & { isDev: boolean; key: string; url: string })[] = [];
  const baseline: (DatePrediction & { isDev: boolean })[] = [];
  let elapsedMs = 0;
  for (const page of pages) {
    const start = performance.now();
    const metadata = readMetadata(parseHtml(page.html), { url: page.url });
    elapsedMs += performance.now() - start;
    ours.push({
      truth: page.date,
      predicted: metadata.publishedAt,
      isDev: page.isDev,
      key: page.key,
      url: page.url,
    });
    const time = readabilityPublishedTime(page.html);
    baseline.push({
      truth: page.date,
      predicted: time ? parseDateText(time)?.day : undefined,
      isDev: page.isDev,
    });
  }
  if (options.verbose) {
    for (const p of ours)
      if (p.isDev && p.predicted?.slice(0, 10) !== p.truth)
        console.log(`${p.key}\t${p.truth}\t${p.predicted}\t${p.url}`);
  }
  const all = scoreDates(ours);
  return {
    dates: {
      f1: all.f1,
      precision: all.precision,
      recall: all.recall,
      accuracy: all.accuracy,
      pagesPerSecond: pages.length / (elapsedMs / 1000),
    },
    datesDetail: {
      all,
      dev: scoreDates(ours.filter((p) => p.isDev)),
      rest: scoreDates(ours.filter((p) => !p.isDev)),
      readabilityAll: scoreDates(baseline),
      readabilityRest: scoreDates(baseline.filter((p) => !p.isDev)),
    },
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const limitArg = process.argv.find((arg) => arg.startsWith('--limit='));
  const result = await evalMetadata({
    verbose: process.argv.includes('--verbose'),
    ...(limitArg ? { limit: Number(limitArg.slice(8)) } : {}),
  });
  for (const [name, s] of Object.entries(result.datesDetail))
    console.log(
      name.padEnd(18),
      `F1 ${s.f1.toFixed(3)} P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} acc ${s.accuracy.toFixed(3)} tp ${s.truePositives} fp ${s.falsePositives} fn ${s.falseNegatives}`,
    );
  console.log('pages/s', result.dates.pagesPerSecond.toFixed(1));
}

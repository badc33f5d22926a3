import { performance } from 'node:perf_hooks';
import { parseDateText } from '../../src/ingest/html/metadata/find-dates.js';
import { readMetadata } from '../../src/ingest/html/metadata/read-metadata.js';
import { parseHtml } from '../../src/ingest/html/parse-html.js';
import { readDatePages } from './dates-pages.js';
import { type DatePrediction, type DateScores, scoreDates } from './dates-score.js';
import { readabilityPublishedTime } from './readability-baselines.js';
import { readTestpages } from './testpages-pages.js';
import { compareTestpage, type TestpageAgreement } from './testpages-score.js';

type Summary = Pick<DateScores, 'f1' | 'precision' | 'recall' | 'accuracy'>;

export interface MetadataEvaluation {
  /** newsgraph's dates on all of htmldate-1000; pages per second counts parsing and reading metadata. */
  dates: Summary & { pagesPerSecond: number };
  /** The same on the dev half (even positions in key order, tuned on), the rest, and Readability's baseline. */
  datesBySplit: Record<'all' | 'dev' | 'rest' | 'readabilityAll' | 'readabilityRest', DateScores>;
  testpages: {
    titleAccuracy: number;
    dateAccuracy: number;
    authorAccuracy: number;
    descriptionAccuracy: number;
    languageAccuracy: number;
    siteNameAccuracy: number;
    pages: number;
    /** Per field, the pages where Readability gives a value, over which the accuracy is taken. */
    scoredPages: Record<keyof TestpageAgreement, number>;
    /** Per field, the pages where newsgraph gives a value and Readability none (not scored). */
    extraPages: Record<keyof TestpageAgreement, number>;
  };
}

export interface EvalMetadataOptions {
  limit?: number;
  /** Called with each dev page whose date is wrong, and each test page field that disagrees. */
  onMiss?: (line: string) => void;
}

/**
 * Measures the metadata reader: publication dates on htmldate-1000 with htmldate's day-granularity
 * metric, beside Readability 0.6's `publishedTime` on the same pages, and agreement with
 * Readability's expected metadata on its test pages (see `testpages-score.ts` for the comparisons).
 */
export async function evalMetadata(options: EvalMetadataOptions = {}): Promise<MetadataEvaluation> {
  const ours: (DatePrediction & { isDev: boolean })[] = [];
  const baseline: (DatePrediction & { isDev: boolean })[] = [];
  let elapsedMs = 0;
  for (const page of readDatePages(options.limit)) {
    const start = performance.now();
    const predicted = readMetadata(parseHtml(page.html), { url: page.url }).publishedAt;
    elapsedMs += performance.now() - start;
    ours.push({ truth: page.date, predicted, isDev: page.isDev });
    if (page.isDev && predicted?.slice(0, 10) !== page.date) {
      options.onMiss?.(`date\t${page.key}\t${page.date}\t${predicted}\t${page.url}`);
    }
    // Readability gives the string it found; read as a date the way newsgraph reads one, for a fair day.
    const time = readabilityPublishedTime(page.html);
    baseline.push({
      truth: page.date,
      predicted: time ? parseDateText(time)?.iso : undefined,
      isDev: page.isDev,
    });
  }
  const all = scoreDates(ours);
  return {
    dates: {
      f1: all.f1,
      precision: all.precision,
      recall: all.recall,
      accuracy: all.accuracy,
      pagesPerSecond: ours.length / (elapsedMs / 1000),
    },
    datesBySplit: {
      all,
      dev: scoreDates(ours.filter((page) => page.isDev)),
      rest: scoreDates(ours.filter((page) => !page.isDev)),
      readabilityAll: scoreDates(baseline),
      readabilityRest: scoreDates(baseline.filter((page) => !page.isDev)),
    },
    testpages: evalTestpages(options),
  };
}

function evalTestpages(options: EvalMetadataOptions): MetadataEvaluation['testpages'] {
  const agreements: TestpageAgreement[] = [];
  const extraPages = { title: 0, author: 0, description: 0, date: 0, language: 0, siteName: 0 };
  for (const page of readTestpages(options.limit)) {
    const metadata = readMetadata(parseHtml(page.html), { url: page.truth.url });
    const agreement = compareTestpage(metadata, page.truth);
    agreements.push(agreement);
    const ours: Record<keyof TestpageAgreement, string | undefined> = {
      title: metadata.title || undefined,
      author: metadata.authors.join(', ') || undefined,
      description: metadata.lede,
      date: metadata.publishedAt,
      language: metadata.language,
      siteName: metadata.siteName,
    };
    const theirs: Record<keyof TestpageAgreement, string | null> = {
      ...page.truth,
      language: page.truth.lang,
    };
    for (const field of Object.keys(extraPages) as (keyof TestpageAgreement)[]) {
      if (agreement[field] === undefined && ours[field]) extraPages[field]++;
      if (agreement[field] === false) {
        options.onMiss?.(
          `${field}\t${page.key}\t${JSON.stringify(theirs[field])}\t${JSON.stringify(ours[field])}`,
        );
      }
    }
  }
  const scored = (field: keyof TestpageAgreement) =>
    agreements.filter((agreement) => agreement[field] !== undefined);
  const share = (field: keyof TestpageAgreement) =>
    scored(field).filter((agreement) => agreement[field]).length / Math.max(1, scored(field).length);
  const scoredPages = { title: 0, author: 0, description: 0, date: 0, language: 0, siteName: 0 };
  for (const field of Object.keys(scoredPages) as (keyof TestpageAgreement)[]) {
    scoredPages[field] = scored(field).length;
  }
  return {
    titleAccuracy: share('title'),
    dateAccuracy: share('date'),
    authorAccuracy: share('author'),
    descriptionAccuracy: share('description'),
    languageAccuracy: share('language'),
    siteNameAccuracy: share('siteName'),
    pages: agreements.length,
    scoredPages,
    extraPages,
  };
}

export function printTable(result: MetadataEvaluation): void {
  const rows = Object.entries(result.datesBySplit).map(([split, scores]) => ({
    split,
    pages: scores.truePositives + scores.falsePositives + scores.falseNegatives + scores.trueNegatives,
    f1: scores.f1.toFixed(3),
    precision: scores.precision.toFixed(3),
    recall: scores.recall.toFixed(3),
    accuracy: scores.accuracy.toFixed(3),
    tp: scores.truePositives,
    fp: scores.falsePositives,
    fn: scores.falseNegatives,
  }));
  console.log('Publication dates, htmldate-1000 (day granularity)');
  console.table(rows);
  console.log(`newsgraph pages/s (parse + metadata): ${result.dates.pagesPerSecond.toFixed(1)}`);
  console.log(
    `\nReadability test pages (${result.testpages.pages}), agreement where Readability gives a value`,
  );
  const { testpages } = result;
  const fields: [keyof TestpageAgreement, number][] = [
    ['title', testpages.titleAccuracy],
    ['author', testpages.authorAccuracy],
    ['description', testpages.descriptionAccuracy],
    ['date', testpages.dateAccuracy],
    ['language', testpages.languageAccuracy],
    ['siteName', testpages.siteNameAccuracy],
  ];
  console.table(
    fields.map(([field, accuracy]) => ({
      field,
      accuracy: accuracy.toFixed(3),
      'scored (Readability has one)': testpages.scoredPages[field],
      'ours only (not scored)': testpages.extraPages[field],
    })),
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const limitArgument = process.argv.find((argument) => argument.startsWith('--limit='));
  const verbose = process.argv.includes('--verbose');
  const result = await evalMetadata({
    ...(limitArgument ? { limit: Number(limitArgument.slice('--limit='.length)) } : {}),
    ...(verbose ? { onMiss: (line: string) => console.log(line) } : {}),
  });
  printTable(result);
  if (process.argv.includes('--json')) console.log(JSON.stringify(result));
}

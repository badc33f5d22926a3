import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Actor, Quote } from '../../src/document/annotations.js';
import { runPipeline } from '../../src/pipeline/run-pipeline.js';
import { defaultPipeline } from '../../src/system.js';
import { countMistakes, formatArticle } from './format-article.js';
import { type QuoteSet, readQuoteSet, type Split } from './quote-set.js';
import { readPlacesFigures } from './read-places-figures.js';
import { type ArticleScore, scoreArticle } from './score-article.js';
import {
  type QuoteMetrics,
  recallByStyle,
  rejectionByKind,
  speakersByForm,
  sumScores,
  type Tally,
} from './sum-scores.js';

/**
 * `npm run eval:quotes [-- --json] [--verbose [--part dev|test]]`: the default pipeline's quotations
 * on the project's annotated quote set (eval/quotes/README.md), and geocoding from eval/places when it
 * exists. `--part` keeps `--verbose` to one split, so that tuning on the development articles never
 * shows a test article's mistakes.
 */
const ROOT = join(import.meta.dirname, '../..');
const { values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
    part: { type: 'string' },
  },
});
const log = (line: string) => process.stderr.write(`${line}\n`);
if (values.part !== undefined && values.part !== 'dev' && values.part !== 'test') {
  log(`eval:quotes: --part takes dev or test, not "${values.part}"`);
  process.exit(2);
}

const set: QuoteSet = readQuoteSet(import.meta.dirname);
const pipeline = defaultPipeline();
const hasQuotesStage = pipeline.stages.some((stage) => stage.produces.includes('quotes'));
log(`analysing the ${set.articles.length} articles of the quote set ...`);
const runs = set.articles.map((gold) => {
  const annotated = runPipeline(pipeline, gold.article);
  const quotes: Quote[] = annotated.quotes ?? [];
  const actors: Actor[] = annotated.actors ?? [];
  const failures = annotated.diagnostics.filter((diagnostic) => diagnostic.code === 'stage-failed');
  return { score: scoreArticle(gold, quotes, actors), actors, failures: failures.length };
});
const scores = runs.map((run) => run.score);
const bySplit = (split: Split) => scores.filter((score) => score.split === split);
const test = sumScores(bySplit('test'));
const dev = sumScores(bySplit('dev'));
// The articles annotated by someone who had not read the program: the figures of text no rule was
// written after (test), and the development articles that show it best.
const blindOf = (split: Split) => bySplit(split).filter((score) => score.blind);
const blindTest = sumScores(blindOf('test'));
const blindDev = sumScores(blindOf('dev'));
const places = await readPlacesFigures(join(ROOT, 'eval/places/evaluate-places.ts'));

const metrics: Record<string, number> = {
  ...metricsOf('quotes', test),
  ...metricsOf('quotes.dev', dev),
  'quotes.articles': bySplit('test').length,
  'quotes.dev.articles': bySplit('dev').length,
  'quotes.blind.speakerAccuracy': round(blindTest.speakerAccuracy),
  'quotes.blind.articles': blindOf('test').length,
  'quotes.dev.blind.speakerAccuracy': round(blindDev.speakerAccuracy),
  'quotes.dev.blind.articles': blindOf('dev').length,
  'quotes.stageFailures': runs.reduce((sum, run) => sum + run.failures, 0),
};
if ('countryAccuracy' in places) {
  metrics['places.countryAccuracy'] = round(places.countryAccuracy);
  metrics['places.within50km'] = round(places.within50km);
  if (places.endToEnd) {
    metrics['places.endToEnd.countryAccuracy'] = round(places.endToEnd.countryAccuracy);
    metrics['places.endToEnd.within50km'] = round(places.endToEnd.within50km);
  }
}

if (values.verbose) printVerbose();
printTable();
if (values.json) console.log(JSON.stringify({ metrics }));

function metricsOf(prefix: string, figures: QuoteMetrics): Record<string, number> {
  return {
    [`${prefix}.detectionF1`]: round(figures.detection.f1),
    [`${prefix}.detectionPrecision`]: round(figures.detection.precision),
    [`${prefix}.detectionRecall`]: round(figures.detection.recall),
    [`${prefix}.direct.precision`]: round(figures.direct.precision),
    [`${prefix}.direct.recall`]: round(figures.direct.recall),
    [`${prefix}.direct.f1`]: round(figures.direct.f1),
    [`${prefix}.indirect.precision`]: round(figures.indirect.precision),
    [`${prefix}.indirect.recall`]: round(figures.indirect.recall),
    [`${prefix}.indirect.f1`]: round(figures.indirect.f1),
    [`${prefix}.speakerAccuracy`]: round(figures.speakerAccuracy),
    [`${prefix}.speakerNameAccuracy`]: round(figures.speakerNameAccuracy),
    [`${prefix}.cueAccuracy`]: round(figures.cueAccuracy),
    [`${prefix}.termRejection`]: round(figures.termRejection),
    [`${prefix}.gold`]: figures.counts.gold,
    [`${prefix}.predicted`]: figures.counts.predicted,
    [`${prefix}.matched`]: figures.counts.matched,
    [`${prefix}.terms`]: figures.counts.terms,
  };
}

function printVerbose(): void {
  const splits = (['dev', 'test'] as const).filter((split) => !values.part || split === values.part);
  for (const split of splits) {
    console.log(`\n=== ${split} articles: gold vs predicted quotations and speakers ===\n`);
    for (const run of runs.filter((each) => each.score.split === split)) {
      for (const line of formatArticle(run.score, run.actors)) console.log(line);
      console.log('');
    }
  }
  console.log('--- kinds of mistake, most common first');
  for (const line of countMistakes(scores.filter((score) => splits.includes(score.split)))) console.log(line);
  console.log('');
}

function printTable(): void {
  const both = (read: (figures: QuoteMetrics) => number): [string, string] => [
    fixed(read(test)),
    fixed(read(dev)),
  ];
  const rows: Array<[string, string, string, string]> = [
    ['articles', String(bySplit('test').length), String(bySplit('dev').length), ''],
    ['gold quotations / predicted / matched', countsOf(test), countsOf(dev), ''],
    ['quotes.detectionF1', ...both((f) => f.detection.f1), 'overlap >= half of the longer span'],
    ['  precision / recall', pair(test.detection), pair(dev.detection), ''],
    [
      '  direct F1 (precision / recall)',
      withPair(test.direct),
      withPair(dev.direct),
      'direct flag must agree',
    ],
    ['  indirect F1 (precision / recall)', withPair(test.indirect), withPair(dev.indirect), ''],
    ['quotes.speakerAccuracy', ...both((f) => f.speakerAccuracy), 'of matched quotations; floor 0.90'],
    [
      '  on the articles annotated blind',
      `${fixed(blindTest.speakerAccuracy)} (${blindOf('test').length})`,
      `${fixed(blindDev.speakerAccuracy)} (${blindOf('dev').length})`,
      'by someone who had not read the program',
    ],
    [
      '  speakerNameAccuracy',
      ...both((f) => f.speakerNameAccuracy),
      'the right speaker, its actor code aside',
    ],
    ['quotes.cueAccuracy', ...both((f) => f.cueAccuracy), 'predicted cue overlaps the gold cue'],
    ['quotes.termRejection', ...both((f) => f.termRejection), 'scare quotes, titles...; floor 0.90'],
    ...tallyRows('recall by style', recallByStyle),
    ...tallyRows('speaker right by form', speakersByForm),
    ...tallyRows('rejected by kind', rejectionByKind),
    ...placesRows(),
  ];
  const width = Math.max(...rows.map(([name]) => name.length)) + 2;
  if (!hasQuotesStage)
    console.log(
      'note: no stage of defaultPipeline() produces `quotes` yet; every gold quotation counts as missed.',
    );
  console.log(`${'newsgraph quotes'.padEnd(width)}${'test'.padStart(24)}${'dev'.padStart(24)}   reference`);
  for (const [name, testValue, devValue, reference] of rows)
    console.log(`${name.padEnd(width)}${testValue.padStart(24)}${devValue.padStart(24)}   ${reference}`);
}

function tallyRows(
  title: string,
  tallyOf: (scores: readonly ArticleScore[]) => Tally[],
): Array<[string, string, string, string]> {
  const testTally = tallyOf(bySplit('test'));
  const devTally = tallyOf(bySplit('dev'));
  const labels = [...new Set([...testTally, ...devTally].map((entry) => entry.label))];
  const cell = (tally: Tally[], label: string) => {
    const entry = tally.find((each) => each.label === label);
    return entry ? `${entry.right} of ${entry.total}` : '-';
  };
  return [
    [title, '', '', ''],
    ...labels.map((label): [string, string, string, string] => [
      `  ${label}`,
      cell(testTally, label),
      cell(devTally, label),
      '',
    ]),
  ];
}

function placesRows(): Array<[string, string, string, string]> {
  if ('missing' in places)
    return [
      ['places.countryAccuracy', 'NOT YET', '', `to come from eval/places (${places.missing})`],
      ['places.within50km', 'NOT YET', '', 'to come from evaluatePlaces() in eval/places/evaluate-places.ts'],
    ];
  const rows: Array<[string, string, string, string]> = [
    [
      'places.countryAccuracy',
      fixed(places.countryAccuracy),
      '',
      'eval/places, given the mentions; floor 0.95',
    ],
    ['places.within50km', fixed(places.within50km), '', 'eval/places, cities; floor 0.85'],
  ];
  if (places.endToEnd)
    rows.push(
      [
        'places.endToEnd.countryAccuracy',
        fixed(places.endToEnd.countryAccuracy),
        '',
        'the tagger finding the mentions',
      ],
      ['places.endToEnd.within50km', fixed(places.endToEnd.within50km), '', ''],
    );
  return rows;
}

function countsOf(figures: QuoteMetrics): string {
  return `${figures.counts.gold} / ${figures.counts.predicted} / ${figures.counts.matched}`;
}

function pair(detection: { precision: number; recall: number }): string {
  return `${fixed(detection.precision)} / ${fixed(detection.recall)}`;
}

function withPair(detection: { precision: number; recall: number; f1: number }): string {
  return `${fixed(detection.f1)} (${pair(detection)})`;
}

function fixed(fraction: number): string {
  return fraction.toFixed(3);
}

function round(fraction: number): number {
  return Math.round(fraction * 10000) / 10000;
}

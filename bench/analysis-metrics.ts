import { type AnalysisThroughput, WARM_UP_COPIES } from './analysis-throughput.js';

const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

const PETRARCH = 'PETRARCH-2: ~0.7 stories/s with its CoreNLP parse';

/**
 * The analysis figures for the last-line JSON, and the rows printed beside their floors: the
 * events issue's floors are on its stages, tokens to events, on one core and on two threads; the
 * quotes issue's on the whole analysis.
 */
export function analysisMetrics(analysis: AnalysisThroughput) {
  const { one, two, oneCore, toEvents } = analysis;
  const metrics: Record<string, number> = {
    'analysis.articlesPerSecond': round(one.articlesPerSecond),
    'analysis.twoWorkersArticlesPerSecond': round(two.articlesPerSecond),
    'analysis.twoWorkersSpeedup': round(analysis.twoWorkersSpeedup, 2),
    'analysis.startupMs': Math.round(one.startupMs),
    'analysis.twoWorkersStartupMs': Math.round(two.startupMs),
    'analysis.warmUpMs': Math.round(one.warmUpMs),
    'analysis.twoWorkersWarmUpMs': Math.round(two.warmUpMs),
    'analysis.peakRssMb': round(one.peakRssMb),
    'analysis.twoWorkersPeakRssMb': round(two.peakRssMb),
    'analysis.twoProcessesSpeedup': round(analysis.twoProcessesSpeedup, 2),
    ...(oneCore && {
      'analysis.oneCoreArticlesPerSecond': round(oneCore.articlesPerSecond),
      'analysis.twoWorkersOverOneCore': round(analysis.twoWorkersOverOneCore ?? 0, 2),
    }),
    'analysis.toEvents.articlesPerSecond': round(toEvents.one.articlesPerSecond),
    'analysis.toEvents.twoWorkersArticlesPerSecond': round(toEvents.two.articlesPerSecond),
    'analysis.toEvents.twoWorkersOverOne': round(toEvents.twoOverOne, 2),
  };
  const figure = (name: string) => metrics[name] as number;
  const oneThread = toEvents.onOneCore
    ? '1 thread, the whole process held to 1 CPU with taskset'
    : '1 thread, no taskset here';
  const rows: Array<[string, number, string]> = [
    [
      'analysis.toEvents.articlesPerSecond',
      figure('analysis.toEvents.articlesPerSecond'),
      `>= 150 (tokens to events, ${oneThread}; ${PETRARCH})`,
    ],
    [
      'analysis.toEvents.twoWorkersArticlesPerSecond',
      figure('analysis.toEvents.twoWorkersArticlesPerSecond'),
      '',
    ],
    [
      'analysis.toEvents.twoWorkersOverOne',
      figure('analysis.toEvents.twoWorkersOverOne'),
      '>= 1.7 (2 threads on 2 cores)',
    ],
    [
      'analysis.articlesPerSecond',
      figure('analysis.articlesPerSecond'),
      `>= 100 (the whole analysis, 1 thread; ${PETRARCH})`,
    ],
    ['analysis.twoWorkersArticlesPerSecond', figure('analysis.twoWorkersArticlesPerSecond'), ''],
    [
      'analysis.twoWorkersSpeedup',
      figure('analysis.twoWorkersSpeedup'),
      '(over 1 thread, whose process has 2 cores)',
    ],
    ['analysis.startupMs', figure('analysis.startupMs'), '(not in the rate)'],
    ['analysis.twoWorkersStartupMs', figure('analysis.twoWorkersStartupMs'), '(not in the rate)'],
    [
      'analysis.warmUpMs',
      figure('analysis.warmUpMs'),
      `(${WARM_UP_COPIES} x the examples per thread, not in the rate)`,
    ],
    ['analysis.twoWorkersWarmUpMs', figure('analysis.twoWorkersWarmUpMs'), '(not in the rate)'],
    ['analysis.peakRssMb', figure('analysis.peakRssMb'), '(1 thread, from sources under tsx)'],
    ['analysis.twoWorkersPeakRssMb', figure('analysis.twoWorkersPeakRssMb'), ''],
    [
      'analysis.twoProcessesSpeedup',
      figure('analysis.twoProcessesSpeedup'),
      '(2 processes at once, no pool: what 2 cores give now)',
    ],
  ];
  if (oneCore) {
    rows.push(
      [
        'analysis.oneCoreArticlesPerSecond',
        figure('analysis.oneCoreArticlesPerSecond'),
        '>= 100 (the whole analysis, 1 thread, the whole process held to 1 CPU with taskset)',
      ],
      [
        'analysis.twoWorkersOverOneCore',
        figure('analysis.twoWorkersOverOneCore'),
        '(2 threads on 2 cores over the process on 1 core)',
      ],
    );
  }
  return { metrics, rows };
}

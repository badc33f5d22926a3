import type { ApiBenchResult } from './api-bench.js';

const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

/** The API figures for the last-line JSON, and the rows printed beside their floors. */
export function apiMetrics(api: ApiBenchResult) {
  const metrics = {
    'api.searchP95Ms': round(api.search.p95Ms),
    'api.articleP95Ms': round(api.article.p95Ms),
    'api.aggregateP95Ms': round(api.aggregate.p95Ms),
    'api.errors': api.search.errors + api.article.errors + api.aggregate.errors,
    'api.searchRequestsPerSecond': Math.round(api.search.requestsPerSecond),
    'api.articleRequestsPerSecond': Math.round(api.article.requestsPerSecond),
    'api.aggregateRequestsPerSecond': Math.round(api.aggregate.requestsPerSecond),
    'api.searchColdP95Ms': round(api.searchColdP95Ms),
    'api.articleColdP95Ms': round(api.articleColdP95Ms),
    'api.aggregateColdP95Ms': round(api.aggregateColdP95Ms),
    'api.serverPeakRssMb': round(api.serverPeakRssMb),
  };
  const rows: Array<[string, number, string]> = [
    ['api.searchP95Ms', metrics['api.searchP95Ms'], '< 100 (50 connections, response cache warm)'],
    ['api.articleP95Ms', metrics['api.articleP95Ms'], '< 20'],
    ['api.aggregateP95Ms', metrics['api.aggregateP95Ms'], '< 300 (timeline and network)'],
    ['api.errors', metrics['api.errors'], '0'],
    ['api.searchRequestsPerSecond', metrics['api.searchRequestsPerSecond'], ''],
    ['api.articleRequestsPerSecond', metrics['api.articleRequestsPerSecond'], ''],
    ['api.aggregateRequestsPerSecond', metrics['api.aggregateRequestsPerSecond'], ''],
    ['api.searchColdP95Ms', metrics['api.searchColdP95Ms'], '(one at a time, nothing cached)'],
    ['api.articleColdP95Ms', metrics['api.articleColdP95Ms'], '(one at a time, nothing cached)'],
    ['api.aggregateColdP95Ms', metrics['api.aggregateColdP95Ms'], '(one at a time, nothing cached)'],
    ['api.serverPeakRssMb', metrics['api.serverPeakRssMb'], ''],
  ];
  return { metrics, rows };
}

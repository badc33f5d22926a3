import { performance } from 'node:perf_hooks';
import type { SearchQuery, Store } from '../src/store/store.js';

const WORDS = [
  'ceasefire',
  'sanctions',
  'minister',
  'protest',
  'border',
  'talks',
  'election',
  'refugees',
  'missile',
  'aid',
  'police',
  'strike',
  'agreement',
  'troops',
  'humanitarian',
  'court',
  'president',
  'government',
  'exports',
  'shelling',
];
const PHRASES = ['"prime minister"', '"security council"', '"foreign minister"', '"told reporters"'];

/** 200 queries of the kinds people type: one word, two words, a phrase, a prefix, with and without filters. */
export function benchmarkQueries(count = 200): SearchQuery[] {
  const queries: SearchQuery[] = [];
  for (let index = 0; index < count; index++) {
    const word = WORDS[index % WORDS.length] ?? 'talks';
    const other = WORDS[(index * 7 + 3) % WORDS.length] ?? 'aid';
    const kind = index % 5;
    const text =
      kind === 0
        ? word
        : kind === 1
          ? `${word} ${other}`
          : kind === 2
            ? (PHRASES[index % PHRASES.length] ?? word)
            : kind === 3
              ? `${word.slice(0, 4)}*`
              : `${word} -${other}`;
    const query: SearchQuery = { text, limit: 10 };
    if (index % 4 === 0) Object.assign(query, { from: '2018-01-01', to: '2020-12-31' });
    if (index % 6 === 0) query.source = 'Meridian Wire';
    queries.push(query);
  }
  return queries;
}

export async function measureSearch(store: Store, queries: readonly SearchQuery[]) {
  for (const query of queries.slice(0, 10)) await store.search(query); // warm the page cache
  const times: number[] = [];
  for (const query of queries) {
    const startedAt = performance.now();
    await store.search(query);
    times.push(performance.now() - startedAt);
  }
  times.sort((a, b) => a - b);
  const at = (fraction: number) =>
    times[Math.min(times.length - 1, Math.floor(fraction * times.length))] ?? 0;
  return { p50Ms: at(0.5), p95Ms: at(0.95) };
}

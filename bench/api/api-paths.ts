import { BENCH_SOURCES } from './generate-annotated-store.js';

const WORDS = [
  'ceasefire',
  'sanctions',
  'minister',
  'protest',
  'border',
  'talks',
  'election',
  'refugees',
  'aid',
  'police',
  'agreement',
  'troops',
  'court',
  'president',
  'government',
  'exports',
];
const PHRASES = ['"prime minister"', '"foreign minister"', '"security council"', '"told reporters"'];
const ACTORS = ['RUS', 'USA', 'UKR', 'IGOUNO', 'CHN', 'ISR', 'IRN', 'TUR'];
const MONTHS = Array.from({ length: 24 }, (_, index) => {
  const month = new Date(Date.UTC(2023, index, 1));
  const last = new Date(Date.UTC(2023, index + 1, 0));
  return [month.toISOString().slice(0, 10), last.toISOString().slice(0, 10)] as const;
});

const pick = <T>(list: readonly T[], index: number): T => list[index % list.length] as T;

/**
 * Searches of the kinds a dashboard sends: words, two words, a phrase, a prefix, an exclusion,
 * with and without a date range, a source, an actor or a QuadClass; and the same filters with
 * no words (the newest articles). `count` distinct paths, in a fixed order.
 */
export function searchPaths(count: number): string[] {
  const paths: string[] = [];
  for (let index = 0; index < count; index++) {
    const word = pick(WORDS, index);
    const kind = index % 6;
    const q =
      kind === 0
        ? word
        : kind === 1
          ? `${word} ${pick(WORDS, index * 7 + 3)}`
          : kind === 2
            ? pick(PHRASES, index)
            : kind === 3
              ? `${word.slice(0, 4)}*`
              : kind === 4
                ? `${word} -${pick(WORDS, index * 5 + 1)}`
                : '';
    const parameters = new URLSearchParams(q ? { q } : {});
    if (index % 3 === 0) {
      const [from, to] = pick(MONTHS, index);
      parameters.set('from', from);
      parameters.set('to', to);
    }
    if (index % 4 === 1) parameters.set('source', pick(BENCH_SOURCES, index));
    if (index % 5 === 2) parameters.set('actor', pick(ACTORS, index));
    if (index % 7 === 3) parameters.set('quad', String((index % 4) + 1));
    if (index % 8 === 5) parameters.set('offset', '20');
    paths.push(`/api/articles?${parameters}`);
  }
  return paths;
}

/** One article each, by id. */
export function articlePaths(ids: readonly string[]): string[] {
  return ids.map((id) => `/api/articles/${id}`);
}

/** Timelines and networks, alternating, with no filter, a date range, an actor, a QuadClass or a source. */
export function aggregatePaths(count: number): string[] {
  const paths: string[] = [];
  for (let index = 0; index < count; index++) {
    const parameters = new URLSearchParams();
    const kind = Math.floor(index / 2) % 5;
    if (kind === 1) {
      const [from] = pick(MONTHS, index);
      const [, to] = pick(MONTHS, index + 5);
      if (from < to) {
        parameters.set('from', from);
        parameters.set('to', to);
      }
    }
    if (kind === 2) parameters.set('actor', pick(ACTORS, index));
    if (kind === 3) parameters.set('quad', String((index % 4) + 1));
    if (kind === 4) parameters.set('source', pick(BENCH_SOURCES, index));
    const query = parameters.size > 0 ? `?${parameters}` : '';
    paths.push(index % 2 === 0 ? `/api/timeline${query}` : `/api/network${query}`);
  }
  return paths;
}

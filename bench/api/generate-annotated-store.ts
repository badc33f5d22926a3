import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { AnnotatedArticle } from '../../src/document/annotations.js';
import { analyzeInputs } from '../../src/operations/analyze-inputs.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { defaultPipeline } from '../../src/system.js';

/** The example folders the demo reads (not the malformed ones). */
const EXAMPLE_FOLDERS = ['articles', 'json', 'text', 'pages'];
export const BENCH_SOURCES = [
  'Harbor Gazette',
  'Meridian Wire',
  'Eastbridge Post',
  'Prairie Ledger',
  'Northern Courier',
  'Delta Times',
  'Summit Daily',
  'Coastal Herald',
  'Capital Observer',
  'Riverside Tribune',
  'Atlas News Service',
  'Lakeside Record',
  'Frontier Dispatch',
  'Continental Review',
  'Island Chronicle',
  'Valley Sentinel',
];
/** Two years of publication dates. */
const FIRST_DAY = Date.UTC(2023, 0, 1);
const DAYS = 730;
const BATCH = 1000;
const DAY_MS = 86_400_000;

/**
 * Fills a SQLite store with `count` annotated articles: the examples analysed once with the
 * default pipeline, then copied with distinct ids and keys, a publication date spread over two
 * years (each event's date moved with it), and one of sixteen sources. Text and spans are the
 * analysed ones, so every layer stays valid. Returns the ids, in insertion order.
 */
export async function generateAnnotatedStore(root: string, db: string, count: number): Promise<string[]> {
  const analysed: AnnotatedArticle[] = [];
  const paths = EXAMPLE_FOLDERS.map((folder) => join(root, 'examples', folder));
  for await (const outcome of analyzeInputs(paths, { pipeline: defaultPipeline() })) {
    if ('article' in outcome) analysed.push(outcome.article);
  }
  const store = new SqliteStore(db);
  const ids: string[] = [];
  const next = random(7);
  try {
    let batch: AnnotatedArticle[] = [];
    for (let index = 0; index < count; index++) {
      const base = analysed[index % analysed.length] as AnnotatedArticle;
      const day = FIRST_DAY + Math.floor(next() * DAYS) * DAY_MS;
      const copy = copyArticle(
        base,
        index,
        day,
        BENCH_SOURCES[Math.floor(next() * BENCH_SOURCES.length)] ?? '',
      );
      ids.push(copy.id);
      batch.push(copy);
      if (batch.length === BATCH) {
        await store.putArticles(batch);
        batch = [];
      }
    }
    if (batch.length > 0) await store.putArticles(batch);
  } finally {
    await store.close();
  }
  return ids;
}

function copyArticle(base: AnnotatedArticle, index: number, day: number, source: string): AnnotatedArticle {
  const baseDay = Date.parse(base.publishedAt.slice(0, 10));
  const shiftMs = Number.isNaN(baseDay) ? 0 : day - baseDay;
  const moved = (date: string) => {
    const time = Date.parse(date);
    if (!date || Number.isNaN(time)) return date;
    return new Date(Number.isNaN(baseDay) ? day : time + shiftMs).toISOString().slice(0, 10);
  };
  return {
    ...base,
    id: createHash('sha256').update(`bench-${index}`).digest('hex').slice(0, 16),
    key: `bench:${index}`,
    source,
    publishedAt: new Date(day).toISOString().slice(0, 10),
    events: base.events?.map((event) => ({ ...event, date: moved(event.date) })),
  };
}

/** A deterministic pseudo-random sequence, so every run stores the same articles. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

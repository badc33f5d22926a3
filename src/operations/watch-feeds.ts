import { setTimeout as sleep } from 'node:timers/promises';
import type { Store } from '../store/store.js';
import { type IngestOptions, type IngestSummary, ingestArticles } from './ingest-articles.js';

export interface WatchOptions extends Omit<IngestOptions, 'paths' | 'urls'> {
  /** The feeds (or pages) to fetch each round. */
  urls: readonly string[];
  /** Time from the start of one round to the start of the next. */
  everyMs: number;
  /** Stop after this many rounds; without it, watch until the signal aborts. */
  rounds?: number;
  signal?: AbortSignal;
  onRound?: (round: number, summary: IngestSummary) => void;
}

/**
 * Fetches every feed each round and stores what is new, until stopped. A feed that fails (a
 * 404, a timeout, a broken document) is a rejection of that round and the others go on; what
 * each feed delivered is remembered in the store, so a restarted watcher fetches nothing twice.
 */
export async function watchFeeds(store: Store, options: WatchOptions): Promise<number> {
  const { urls, everyMs, rounds, signal, onRound, ...ingest } = options;
  let round = 0;
  while (!signal?.aborted && (rounds === undefined || round < rounds)) {
    const started = Date.now();
    round++;
    const summary = await ingestArticles(store, { ...ingest, paths: [], urls });
    onRound?.(round, summary);
    if (rounds !== undefined && round >= rounds) break;
    const waitMs = Math.max(0, everyMs - (Date.now() - started));
    try {
      await sleep(waitMs, undefined, signal ? { signal } : {});
    } catch {
      break;
    }
  }
  return round;
}

import { createHash, type Hash } from 'node:crypto';
import type { AnnotatedArticle } from '../document/annotations.js';
import type { Article } from '../document/article.js';
import { NewsgraphError } from '../errors.js';
import type { PutStatus, Store, StoredFeedItem, StoredFetchState } from '../store/store.js';

/** What a migration compares, store against store. */
export const MIGRATED_KINDS = [
  'articles',
  'events',
  'actors',
  'quotes',
  'places',
  'fetch states',
  'feed items',
] as const;
export type MigratedKind = (typeof MIGRATED_KINDS)[number];

/** One kind of a store as a migration sees it. */
export interface KindSummary {
  kind: MigratedKind;
  /**
   * As the store itself reports it: articles and fetch states stored, feed items seen, events and
   * quotes in its indexes (`listEvents`/`listQuotes` totals), actors and places brought together
   * (`listActors`/`listPlaces` totals), so that an index the target failed to rebuild shows.
   */
  count: number;
  /**
   * SHA-256 (hex) over what is stored of this kind, in id order: each article whole (annotations
   * included, keys sorted), each annotation with its article's id, each fetch state and feed item.
   */
  checksum: string;
}

export interface KindComparison {
  kind: MigratedKind;
  source: { count: number; checksum: string };
  target: { count: number; checksum: string };
  isMatch: boolean;
}

export interface MigrationReport {
  /** What storing the source's articles in the target did, by status. */
  articles: Record<PutStatus, number>;
  fetchStates: number;
  kinds: KindComparison[];
  /** Every kind has the same count and checksum in both stores. */
  isMatch: boolean;
}

export interface MigrateOptions {
  /** Articles read and stored at a time (default 500). */
  batchSize?: number;
  /** Copy into a target that already holds articles or fetch states (it then holds more than the source). */
  intoNonempty?: boolean;
}

export const DEFAULT_BATCH_SIZE = 500;

/**
 * Copies every article (through `putArticles`, so the target builds its own search index and
 * layer tables) and every fetch state with its feed items from `source` to `target`, then compares
 * the two kind by kind. Refuses a target that holds anything unless `intoNonempty`. What is not
 * carried over: when each article was first stored (the target's own clock), and the order in
 * which they were stored, which only decides which matches of a very common search word are ranked.
 */
export async function migrateStore(
  source: Store,
  target: Store,
  options: MigrateOptions = {},
): Promise<MigrationReport> {
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  if (!options.intoNonempty) {
    const [articles, states] = await Promise.all([target.countArticles(), target.listFetchStates()]);
    if (articles > 0 || states.length > 0) {
      throw new NewsgraphError(
        'USAGE',
        `the target already holds ${articles} articles and ${states.length} fetch states: name an empty database, or add --into-nonempty to copy into it anyway`,
      );
    }
  }
  const outcomes: Record<PutStatus, number> = { added: 0, updated: 0, duplicate: 0 };
  for await (const batch of readArticles(source, batchSize)) {
    for (const outcome of await target.putArticles(batch.map(withoutEmptyAnnotations))) {
      outcomes[outcome.status] += 1;
    }
  }
  const states = await source.listFetchStates();
  for (const state of states) await copyFetchState(target, state);
  const [before, after] = await Promise.all([
    summarizeStore(source, batchSize),
    summarizeStore(target, batchSize),
  ]);
  const kinds = before.map((summary, index): KindComparison => {
    const other = after[index] ?? { count: Number.NaN, checksum: '' };
    return {
      kind: summary.kind,
      source: { count: summary.count, checksum: summary.checksum },
      target: { count: other.count, checksum: other.checksum },
      isMatch: summary.count === other.count && summary.checksum === other.checksum,
    };
  });
  return {
    articles: outcomes,
    fetchStates: states.length,
    kinds,
    isMatch: kinds.every((kind) => kind.isMatch),
  };
}

/** The count and checksum of every kind of `store` (see `KindSummary`), in `MIGRATED_KINDS` order. */
export async function summarizeStore(store: Store, batchSize = DEFAULT_BATCH_SIZE): Promise<KindSummary[]> {
  const hashes = Object.fromEntries(MIGRATED_KINDS.map((kind) => [kind, createHash('sha256')])) as Record<
    MigratedKind,
    Hash
  >;
  let articles = 0;
  for await (const batch of readArticles(store, batchSize)) {
    for (const article of batch) {
      articles += 1;
      hashes.articles.update(`${article.id}\t${canonicalJson(article)}\n`);
      for (const layer of ['events', 'actors', 'quotes', 'places'] as const) {
        for (const item of article[layer] ?? [])
          hashes[layer].update(`${article.id}\t${canonicalJson(item)}\n`);
      }
    }
  }
  const states = await store.listFetchStates();
  let feedItems = 0;
  for (const { items, ...state } of states) {
    hashes['fetch states'].update(`${canonicalJson(state)}\n`);
    for (const item of items) hashes['feed items'].update(`${state.url}\t${canonicalJson(item)}\n`);
    feedItems += items.length;
  }
  const [events, actors, quotes, places] = await Promise.all([
    store.listEvents({ limit: 1 }),
    store.listActors({ limit: 1 }),
    store.listQuotes({ limit: 1 }),
    store.listPlaces({ limit: 1 }),
  ]);
  const counts: Record<MigratedKind, number> = {
    articles,
    events: events.total,
    actors: actors.total,
    quotes: quotes.total,
    places: places.total,
    'fetch states': states.length,
    'feed items': feedItems,
  };
  return MIGRATED_KINDS.map((kind) => ({ kind, count: counts[kind], checksum: hashes[kind].digest('hex') }));
}

async function* readArticles(store: Store, batchSize: number): AsyncGenerator<AnnotatedArticle[]> {
  let after: string | undefined;
  for (;;) {
    const batch = await store.listArticlesAfter(after, batchSize);
    if (batch.length === 0) return;
    yield batch;
    after = batch.at(-1)?.id;
  }
}

/** An article never analysed is read back with no stage runs; it is stored again as it was, without annotations. */
function withoutEmptyAnnotations(article: AnnotatedArticle): Article | AnnotatedArticle {
  if (article.stages.length > 0) return article;
  const { stages: _stages, ...plain } = article;
  return plain;
}

/**
 * Stores the fetch state and its feed items as they were: `putFetchState` dates the items it is
 * given with the fetch, so the items go in one call per date they were seen, oldest first, and
 * the state itself last.
 */
async function copyFetchState(target: Store, { items, ...state }: StoredFetchState): Promise<void> {
  const bySeenAt = new Map<string, StoredFeedItem[]>();
  for (const item of items) {
    const group = bySeenAt.get(item.seenAt);
    if (group) group.push(item);
    else bySeenAt.set(item.seenAt, [item]);
  }
  for (const seenAt of [...bySeenAt.keys()].sort()) {
    const seen = (bySeenAt.get(seenAt) ?? []).map(({ seenAt: _seenAt, ...item }) => item);
    await target.putFetchState({ ...state, fetchedAt: seenAt }, seen);
  }
  await target.putFetchState(state);
}

/** JSON with every object's keys sorted: PostgreSQL's jsonb does not keep the order they were written in. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner !== null && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}

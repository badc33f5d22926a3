import pg from 'pg';
import type { AnnotatedArticle } from '../../document/annotations.js';
import type { Article } from '../../document/article.js';
import { toAnnotatedJson } from '../../document/to-annotated-json.js';
import { NewsgraphError } from '../../errors.js';
import { type ArticleRow, articleFromRow } from '../sqlite/article-row.js';
import type {
  ActorList,
  ActorProfile,
  ActorQuery,
  AggregateEvent,
  AggregateEventList,
  AggregateEventQuery,
  AggregateEventScan,
  AnnotationOutcome,
  ArticlePage,
  ArticleQuery,
  ArticleScan,
  ArticleScanPage,
  EventList,
  EventMap,
  EventQuery,
  FetchState,
  ImportedEvent,
  MapQuery,
  Network,
  NetworkQuery,
  PlaceList,
  PlaceQuery,
  PutOutcome,
  QuoteList,
  QuoteQuery,
  SearchQuery,
  SearchResult,
  SeenFeedItem,
  SourceList,
  SourceQuery,
  Store,
  StoredFetchState,
  Story,
  StoryDetail,
  StoryList,
  StoryQuery,
  Timeline,
} from '../store.js';
import { putImportedEvents } from './aggregate-index.js';
import { indexDuplicates, selectCopies } from './duplicate-index.js';
import { getFetchState, listFetchStates, putFetchState, unseenFeedItems } from './fetch-state-table.js';
import { migrateSchema } from './migrate-schema.js';
import { quoteIdentifier } from './migrations.js';
import { preparingClient } from './prepared-statements.js';
import { selectActorProfile } from './select-actor-profile.js';
import { selectActors } from './select-actors.js';
import { selectAggregateEventScan, selectAggregateEvents } from './select-aggregate-events.js';
import { SELECT_ARTICLE } from './select-article.js';
import { selectArticlePage } from './select-article-page.js';
import { selectArticleScan } from './select-article-scan.js';
import { selectEventMap } from './select-event-map.js';
import { selectEvents } from './select-events.js';
import { selectNetwork } from './select-network.js';
import { selectPlaces } from './select-places.js';
import { selectQuotes } from './select-quotes.js';
import { selectSearch } from './select-search.js';
import { selectSources } from './select-sources.js';
import { selectStories, selectStory, selectStoryIdOfArticle } from './select-stories.js';
import { selectTimeline } from './select-timeline.js';
import { CHECK_SERVER, isConnectionLost, serverAdvice } from './server-advice.js';
import { writeAnnotations, writeArticles } from './write-articles.js';

const MIN_PREFIX = 4;
/**
 * Search ranks at most this many of the most recently stored matches, as the SQLite store does with
 * its own limit; `total` still counts every match. ts_rank_cd costs about 6 us a match (reading the
 * vector), six times SQLite's BM25, so the bound is lower: on 100,000 articles the search p95 was
 * 131 ms ranking 5,000 and 168 ms ranking 20,000 (bench/postgres-store.ts).
 */
export const RANKED_MATCHES = 5_000;

/** Runs one statement in a transaction of the store: the shape pg-boss's `db` option takes. */
export interface SqlExecutor {
  executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
}

/**
 * What else to write in the transaction that stores a batch, given each article's outcome: it
 * commits with the articles or not at all.
 */
export type AlsoWrite = (outcomes: readonly PutOutcome[], sql: SqlExecutor) => Promise<void>;

export interface PostgresStoreOptions {
  /** Fail instead of creating the schema in a database that has none. */
  mustExist?: boolean;
  /** The schema to keep the tables in (created if missing); else the connection's search_path. */
  schema?: string;
  /** How many of the most recently stored matches a search ranks. */
  rankedMatches?: number;
  /** Most connections the store opens at once. */
  maxConnections?: number;
}

/** Whether `db` names a PostgreSQL database (`postgres://` or `postgresql://`) rather than a file. */
export function isPostgresUrl(db: string): boolean {
  return /^postgres(ql)?:\/\//i.test(db);
}

/**
 * The store on a PostgreSQL server: a connection pool, full-text search on a weighted `tsvector`
 * with a GIN index ranked by `ts_rank_cd`, tables ready to be partitioned by publication month.
 * It opens at once; the connection and the schema are checked by the first call, which fails
 * with a message naming the server when either is wrong.
 */
export class PostgresStore implements Store {
  readonly #pool: pg.Pool;
  readonly #ready: Promise<unknown>;
  readonly #rankedMatches: number;
  /** `host:port/database`, without the password, for messages. */
  readonly server: string;

  constructor(url: string, options: PostgresStoreOptions = {}) {
    this.server = describeServer(url);
    this.#rankedMatches = options.rankedMatches ?? RANKED_MATCHES;
    if (options.schema !== undefined && !/^[a-z_][a-z0-9_]*$/.test(options.schema)) {
      throw new NewsgraphError('USAGE', `schema "${options.schema}" is not a plain lower-case name`);
    }
    this.#pool = new pg.Pool({
      connectionString: url,
      max: options.maxConnections ?? 10,
      connectionTimeoutMillis: 10_000,
      application_name: 'newsgraph',
      ...(options.schema !== undefined && { options: `-c search_path=${quoteIdentifier(options.schema)}` }),
    });
    // An idle connection the server closed (a restart) is dropped by the pool and replaced on
    // the next query; without a listener, its error would end the process.
    this.#pool.on('error', () => {});
    this.#ready = migrateSchema(this.#pool, {
      server: this.server,
      ...(options.schema !== undefined && { schema: options.schema }),
      ...(options.mustExist !== undefined && { mustExist: options.mustExist }),
    }).catch((error: unknown) => {
      throw error instanceof NewsgraphError ? error : this.#unreachable(error);
    });
    // Reported by the first call that awaits it, not as an unhandled rejection.
    this.#ready.catch(() => {});
  }

  /** Waits for the schema, then hands over the pool. */
  async #open(): Promise<pg.Pool> {
    await this.#ready;
    return this.#pool;
  }

  /**
   * Runs a read, and once more when it failed because its connection was lost (a server restart,
   * a failover, a terminated backend): the pool has dropped that connection, and a read is safe to
   * repeat. A server still down fails the second time, with a message naming it.
   */
  async #read<T>(read: (pool: pg.Pool) => Promise<T>): Promise<T> {
    const pool = await this.#open();
    try {
      return await read(pool);
    } catch (error) {
      if (!isConnectionLost(error)) throw await this.#unavailable(error);
      return read(pool).catch(async (again: unknown) => {
        throw await this.#unavailable(again);
      });
    }
  }

  /** At the first call: the server cannot be reached, or refuses the user or the database. */
  #unreachable(error: unknown): NewsgraphError {
    return new NewsgraphError('STORE_NOT_FOUND', this.#describe(error), { cause: error });
  }

  /**
   * Later: the server, the database or the tables went away (a restart, the database dropped),
   * named with what to do; any other error as it is. A connection ended mid-statement says little
   * of why, so a new one is tried: its error, when it fails too, says more ("database ... does not
   * exist").
   */
  async #unavailable(error: unknown): Promise<unknown> {
    if (serverAdvice(error) === undefined) return error;
    const cause = isConnectionLost(error)
      ? await this.#pool.query('SELECT 1').then(
          () => error,
          (probe: unknown) => probe,
        )
      : error;
    return new NewsgraphError('STORE_UNAVAILABLE', this.#describe(cause), { cause });
  }

  #describe(error: unknown): string {
    return `cannot use PostgreSQL at ${this.server}: ${(error as Error).message}. ${serverAdvice(error) ?? CHECK_SERVER}`;
  }

  /** As the Store contract says; `alsoWrite`, when given, writes more in the same transaction. */
  async putArticles(
    articles: readonly (Article | AnnotatedArticle)[],
    alsoWrite?: AlsoWrite,
  ): Promise<PutOutcome[]> {
    return this.#transaction(async (client) => {
      const outcomes = await writeArticles(client, articles);
      await indexDuplicates(client, articles);
      await alsoWrite?.(outcomes, { executeSql: (text, values) => client.query(text, values) });
      return outcomes;
    });
  }

  async putAnnotations(articles: readonly AnnotatedArticle[]): Promise<AnnotationOutcome[]> {
    return this.#transaction(async (client) => {
      const outcomes = await writeAnnotations(client, articles);
      // Those no longer stored are not the stored version of their key: indexing skips them.
      await indexDuplicates(client, articles);
      return outcomes;
    });
  }

  async #transaction<T>(write: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await (await this.#open()).connect().catch(async (error: unknown) => {
      throw await this.#unavailable(error);
    });
    // A connection the server ends between two statements of the transaction emits 'error' on
    // the client, which the pool listens to only while the client is idle: without a listener
    // here that error would end the process. The next statement fails, and the batch with it.
    const onError = () => {};
    client.on('error', onError);
    try {
      await client.query('BEGIN');
      const result = await write(preparingClient(client));
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      throw await this.#unavailable(error);
    } finally {
      client.off('error', onError);
      client.release();
    }
  }

  async getArticle(idOrPrefix: string): Promise<AnnotatedArticle | undefined> {
    const prefix = idOrPrefix.trim().toLowerCase();
    if (prefix.length < MIN_PREFIX) {
      throw new NewsgraphError(
        'USAGE',
        `article id "${idOrPrefix}" is too short: give at least ${MIN_PREFIX} characters`,
      );
    }
    const { rows } = await this.#read((pool) =>
      pool.query<ArticleRow>(`${SELECT_ARTICLE} WHERE id >= $1 AND id < $2 ORDER BY id LIMIT 2`, [
        prefix,
        `${prefix}\uffff`,
      ]),
    );
    if (rows.length > 1) {
      throw new NewsgraphError(
        'STORE_AMBIGUOUS_ID',
        `article id "${idOrPrefix}" matches more than one article`,
      );
    }
    const row = rows[0];
    return row
      ? { ...articleFromRow(row), ...(await this.#read((pool) => selectCopies(pool, row.id))) }
      : undefined;
  }

  async listArticlesAfter(afterId: string | undefined, limit: number): Promise<AnnotatedArticle[]> {
    const { rows } = await this.#read((pool) =>
      pool.query<ArticleRow>(`${SELECT_ARTICLE} WHERE id > $1 ORDER BY id LIMIT $2`, [afterId ?? '', limit]),
    );
    return rows.map(articleFromRow);
  }

  async scanArticles(scan: ArticleScan): Promise<ArticleScanPage<AnnotatedArticle>> {
    const page = await this.#read((pool) => selectArticleScan(pool, scan));
    return { ...page, articles: page.articles.map(articleFromRow) };
  }

  /** Through the article: jsonb keeps its own key order and spacing, which its text would carry. */
  async scanArticleJson(scan: ArticleScan): Promise<ArticleScanPage<Uint8Array>> {
    const page = await this.scanArticles(scan);
    const json = (article: AnnotatedArticle) => Buffer.from(JSON.stringify(toAnnotatedJson(article)));
    return { ...page, articles: page.articles.map(json) };
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    return this.#read((pool) => selectSearch(pool, query, this.#rankedMatches));
  }

  async listEvents(query: EventQuery): Promise<EventList> {
    return this.#read((pool) => selectEvents(pool, query));
  }

  async listActors(query: ActorQuery): Promise<ActorList> {
    return this.#read((pool) => selectActors(pool, query));
  }

  async listQuotes(query: QuoteQuery): Promise<QuoteList> {
    return this.#read((pool) => selectQuotes(pool, query));
  }

  async listPlaces(query: PlaceQuery): Promise<PlaceList> {
    return this.#read((pool) => selectPlaces(pool, query));
  }

  async browseArticles(query: ArticleQuery): Promise<ArticlePage> {
    return this.#read((pool) => selectArticlePage(pool, query, this.#rankedMatches));
  }

  async eventTimeline(query: EventQuery): Promise<Timeline> {
    return this.#read((pool) => selectTimeline(pool, query));
  }

  async actorNetwork(query: NetworkQuery): Promise<Network> {
    return this.#read((pool) => selectNetwork(pool, query));
  }

  async eventMap(query: MapQuery): Promise<EventMap> {
    return this.#read((pool) => selectEventMap(pool, query));
  }

  async listSources(query: SourceQuery): Promise<SourceList> {
    return this.#read((pool) => selectSources(pool, query));
  }

  async getActorProfile(id: string): Promise<ActorProfile | undefined> {
    return this.#read((pool) => selectActorProfile(pool, id));
  }

  async countArticles(): Promise<number> {
    const { rows } = await this.#read((pool) =>
      pool.query<{ count: number }>('SELECT count(*)::int AS count FROM articles'),
    );
    return rows[0]?.count ?? 0;
  }

  async listAggregateEvents(query: AggregateEventQuery): Promise<AggregateEventList> {
    return this.#read((pool) => selectAggregateEvents(pool, query));
  }

  async scanAggregateEvents(scan: AggregateEventScan): Promise<AggregateEvent[]> {
    return this.#read((pool) => selectAggregateEventScan(pool, scan));
  }

  async putImportedEvents(events: readonly ImportedEvent[]): Promise<number> {
    await this.#transaction((client) => putImportedEvents(client, events));
    return events.length;
  }

  async listStories(query: StoryQuery): Promise<StoryList> {
    return this.#read((pool) => selectStories(pool, query));
  }

  async getStory(id: string): Promise<StoryDetail | undefined> {
    return this.#read((pool) => selectStory(pool, id));
  }

  async getArticleStory(articleId: string): Promise<Story | undefined> {
    return this.#read(async (pool) => {
      const id = await selectStoryIdOfArticle(pool, articleId);
      return id === undefined ? undefined : (await selectStory(pool, id))?.story;
    });
  }

  async getFetchState(url: string): Promise<FetchState | undefined> {
    return this.#read((pool) => getFetchState(pool, url));
  }

  async putFetchState(state: FetchState, items: readonly SeenFeedItem[] = []): Promise<void> {
    const pool = await this.#open();
    await putFetchState(pool, state, items).catch(async (error: unknown) => {
      throw await this.#unavailable(error);
    });
  }

  async listFetchStates(): Promise<StoredFetchState[]> {
    return this.#read((pool) => listFetchStates(pool));
  }

  async unseenFeedItems(feedUrl: string, ids: readonly string[]): Promise<string[]> {
    return this.#read((pool) => unseenFeedItems(pool, feedUrl, ids));
  }

  async close(): Promise<void> {
    await this.#ready.catch(() => {});
    if (!this.#pool.ended) await this.#pool.end();
  }
}

/** `host:port/database` of a PostgreSQL URL, without user or password. */
function describeServer(url: string): string {
  try {
    const parsed = new URL(url);
    const host = parsed.hostname || parsed.searchParams.get('host') || 'localhost';
    return `${host}:${parsed.port || 5432}${parsed.pathname || '/'}`;
  } catch {
    return 'the PostgreSQL URL given';
  }
}

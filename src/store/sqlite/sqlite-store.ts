import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { AnnotatedArticle } from '../../document/annotations.js';
import type { Article } from '../../document/article.js';
import { NewsgraphError } from '../../errors.js';
import { dayAfter } from '../day-after.js';
import { parseSearchText } from '../parse-search-text.js';
import type { FoldChanges } from '../plan-fold.js';
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
import { type AggregateIndex, createAggregateIndex } from './aggregate-index.js';
import { ARTICLE_JSON_COLUMNS, type ArticleJsonRow, annotatedJsonOfRow } from './annotated-json-of-row.js';
import { type ArticleRow, articleFromRow, rowFromArticle } from './article-row.js';
import { createDuplicateIndex, type DuplicateIndex, isNotCopy } from './duplicate-index.js';
import { createFetchStateTable, type FetchStateTable } from './fetch-state-table.js';
import { toFtsQuery } from './fts-query.js';
import { createLayerIndex, type LayerIndex } from './layer-index.js';
import { MIGRATIONS } from './migrations.js';
import { selectActorProfile } from './select-actor-profile.js';
import { selectActors } from './select-actors.js';
import { selectAggregateEventScan, selectAggregateEvents } from './select-aggregate-events.js';
import { selectArticlePage } from './select-article-page.js';
import { selectArticleScan } from './select-article-scan.js';
import { selectEventMap } from './select-event-map.js';
import { type PrepareStatement, selectEvents } from './select-events.js';
import { selectMatchHits } from './select-match-hits.js';
import { selectNetwork } from './select-network.js';
import { selectPlaces } from './select-places.js';
import { selectQuotes } from './select-quotes.js';
import { selectSources } from './select-sources.js';
import { selectStories, selectStory, selectStoryIdOfArticle } from './select-stories.js';
import { selectTimeline } from './select-timeline.js';
import { createStoryIndex, type StoryIndex } from './story-index.js';

const MIN_PREFIX = 4;
/**
 * BM25 costs about a microsecond per matching article, so ranking every match of a common word
 * grows with the archive (40 ms for 40,000 matches here). Search ranks the most recently stored
 * matches up to this many, which bounds its latency; `total` still counts every match.
 */
export const RANKED_MATCHES = 20_000;

export interface SqliteStoreOptions {
  /** Fail instead of creating a new database file. */
  mustExist?: boolean;
  /** How many of the most recently stored matches a search ranks. */
  rankedMatches?: number;
}

/** The embedded store: one SQLite file, WAL journal, FTS5 search ranked with BM25. */
export class SqliteStore implements Store {
  readonly #db: Database.Database;
  readonly #statements;
  readonly #rankedMatches: number;
  readonly #layers: LayerIndex;
  readonly #fetchState: FetchStateTable;
  readonly #duplicates: DuplicateIndex;
  readonly #aggregates: AggregateIndex;
  readonly #stories: StoryIndex;
  /** Search and layer-list statements by SQL text: one per combination of filters. */
  readonly #statementsBySql = new Map<string, Database.Statement>();

  /** Opens (or creates, unless `mustExist`) the database file at `path` and brings its schema up to date. */
  constructor(path: string, options: SqliteStoreOptions = {}) {
    this.#rankedMatches = options.rankedMatches ?? RANKED_MATCHES;
    if (options.mustExist && !existsSync(path)) {
      throw new NewsgraphError(
        'STORE_NOT_FOUND',
        `no database at ${path}: ingest articles first, or name one with --db`,
      );
    }
    try {
      this.#db = new Database(path);
    } catch (error) {
      throw new NewsgraphError('STORE_SCHEMA', `cannot open database ${path}: ${(error as Error).message}`, {
        cause: error,
      });
    }
    // 8 KB pages (before the first table is made): an article's row and its index entries need
    // fewer overflow pages; measured faster to ingest than the 4 KB default.
    this.#db.pragma('page_size = 8192');
    this.#db.pragma('journal_mode = WAL');
    this.#db.pragma('synchronous = NORMAL');
    this.#db.pragma('busy_timeout = 5000');
    // 64 MB of page cache: the search index's B-trees stay in memory while a batch is indexed.
    this.#db.pragma('cache_size = -65536');
    migrate(this.#db, path);
    this.#layers = createLayerIndex(this.#db);
    this.#fetchState = createFetchStateTable(this.#db);
    this.#duplicates = createDuplicateIndex(this.#db);
    this.#aggregates = createAggregateIndex(this.#db);
    this.#stories = createStoryIndex(this.#db);
    this.#statements = {
      byKey: this.#db.prepare<[string], { seq: number; id: string }>(
        'SELECT seq, id FROM articles WHERE key = ?',
      ),
      byId: this.#db.prepare<[string], { seq: number }>('SELECT seq FROM articles WHERE id = ?'),
      insert: this.#db.prepare(
        `INSERT INTO articles (id, key, title, lede, body, image, source, url, language, authors, published_at,
           origin, diagnostics, annotations, ingested_at, updated_at)
         VALUES (@id, @key, @title, @lede, @body, @image, @source, @url, @language, @authors, @published_at,
           @origin, @diagnostics, @annotations, @now, @now)`,
      ),
      update: this.#db.prepare(
        `UPDATE articles SET id = @id, title = @title, lede = @lede, body = @body, image = @image, source = @source,
           url = @url, language = @language, authors = @authors, published_at = @published_at, origin = @origin,
           diagnostics = @diagnostics, annotations = @annotations, updated_at = @now
         WHERE seq = @seq`,
      ),
      annotate: this.#db.prepare('UPDATE articles SET annotations = ?, diagnostics = ? WHERE seq = ?'),
      count: this.#db.prepare<[], { count: number }>('SELECT count(*) AS count FROM articles'),
      // The page's rows by rowid list: FTS5 in SQLite 3.53 ignores a bound `rowid = ?` beside
      // MATCH (every match comes back), and scans the whole doclist for a rowid range.
      after: this.#db.prepare<[string, number], ArticleRow>(
        'SELECT * FROM articles WHERE id > ? ORDER BY id LIMIT ?',
      ),
      prefix: this.#db.prepare<[string, string], ArticleRow & { seq: number }>(
        'SELECT * FROM articles WHERE id >= ? AND id < ? ORDER BY id LIMIT 2',
      ),
    };
  }

  async putArticles(articles: readonly (Article | AnnotatedArticle)[]): Promise<PutOutcome[]> {
    const now = new Date().toISOString();
    const put = this.#db.transaction((batch: readonly (Article | AnnotatedArticle)[]) => {
      const foldChanges: FoldChanges = new Map();
      const outcomes = batch.map((article): PutOutcome => {
        const row = { ...rowFromArticle(article), now };
        const sameKey = this.#statements.byKey.get(article.key);
        if (sameKey?.id === article.id || (!sameKey && this.#statements.byId.get(article.id))) {
          if (sameKey && row.annotations !== null) {
            this.#statements.annotate.run(row.annotations, row.diagnostics, sameKey.seq);
            this.#reindex(sameKey.seq, article, foldChanges);
          }
          return { id: article.id, status: 'duplicate' };
        }
        if (sameKey) {
          if (this.#statements.byId.get(article.id)) return { id: article.id, status: 'duplicate' };
          this.#statements.update.run({ ...row, seq: sameKey.seq });
          this.#reindex(sameKey.seq, article, foldChanges);
          return { id: article.id, status: 'updated' };
        }
        const { lastInsertRowid } = this.#statements.insert.run(row);
        if (row.annotations !== null) this.#reindex(lastInsertRowid, article, foldChanges);
        return { id: article.id, status: 'added' };
      });
      this.#duplicates.index(batch);
      this.#aggregates.fold(foldChanges);
      return outcomes;
    });
    return put(articles);
  }

  async putAnnotations(articles: readonly AnnotatedArticle[]): Promise<AnnotationOutcome[]> {
    const put = this.#db.transaction((batch: readonly AnnotatedArticle[]) => {
      const foldChanges: FoldChanges = new Map();
      const outcomes = batch.map((article): AnnotationOutcome => {
        const stored = this.#statements.byKey.get(article.key);
        if (stored?.id !== article.id) return { id: article.id, status: 'missing' };
        const { annotations, diagnostics } = rowFromArticle(article);
        this.#statements.annotate.run(annotations, diagnostics, stored.seq);
        this.#reindex(stored.seq, article, foldChanges);
        return { id: article.id, status: 'annotated' };
      });
      // Those no longer stored are not the stored version of their key: indexing skips them.
      this.#duplicates.index(batch);
      this.#aggregates.fold(foldChanges);
      return outcomes;
    });
    return put(articles);
  }

  /**
   * Replaces the layer rows and the story of the article at `seq`, and notes the fold keys and
   * dates of its events before and after: their aggregate events are folded again once the batch is in.
   */
  #reindex(seq: number | bigint, article: Article | AnnotatedArticle, foldChanges: FoldChanges): void {
    this.#aggregates.noteChanges(seq, foldChanges);
    this.#layers.replace(seq, 'stages' in article ? article : {});
    this.#aggregates.noteChanges(seq, foldChanges);
    this.#stories.assign(seq, article);
  }

  async getArticle(idOrPrefix: string): Promise<AnnotatedArticle | undefined> {
    const prefix = idOrPrefix.trim().toLowerCase();
    if (prefix.length < MIN_PREFIX) {
      throw new NewsgraphError(
        'USAGE',
        `article id "${idOrPrefix}" is too short: give at least ${MIN_PREFIX} characters`,
      );
    }
    const rows = this.#statements.prefix.all(prefix, `${prefix}\uffff`);
    if (rows.length > 1) {
      throw new NewsgraphError(
        'STORE_AMBIGUOUS_ID',
        `article id "${idOrPrefix}" matches more than one article`,
      );
    }
    const row = rows[0];
    return row ? { ...articleFromRow(row), ...this.#duplicates.copiesOf(row.seq) } : undefined;
  }

  async listArticlesAfter(afterId: string | undefined, limit: number): Promise<AnnotatedArticle[]> {
    return this.#statements.after.all(afterId ?? '', limit).map(articleFromRow);
  }

  async scanArticles(scan: ArticleScan): Promise<ArticleScanPage<AnnotatedArticle>> {
    const page = selectArticleScan<ArticleRow & { seq: number }>(this.#prepare, scan);
    return { ...page, articles: page.articles.map(articleFromRow) };
  }

  async scanArticleJson(scan: ArticleScan): Promise<ArticleScanPage<Uint8Array>> {
    const page = selectArticleScan<ArticleJsonRow>(this.#prepare, scan, ARTICLE_JSON_COLUMNS);
    return { ...page, articles: page.articles.map(annotatedJsonOfRow) };
  }

  /**
   * Ranks with FTS5's own `rank` (BM25 with the column weights set by the schema) over the index
   * alone, joining the narrow filter table only when a filter needs it, and makes snippets for the
   * returned page only: snippets cost far more than ranking, and a page is ten rows of thousands.
   */
  async search(query: SearchQuery): Promise<SearchResult> {
    // The unary `+` keeps the filter table's own indexes out of the plan: with them SQLite may
    // walk every article of a source or a date range and test each against the match, which
    // measured 0.9 s for one search of 30,000 articles against milliseconds when the match leads.
    const conditions: string[] = [];
    const parameters: Record<string, string | number> = { match: toFtsQuery(parseSearchText(query.text)) };
    if (query.from) {
      conditions.push('+a.published_at >= @from');
      parameters.from = query.from;
    }
    if (query.to) {
      conditions.push('+a.published_at < @before');
      parameters.before = dayAfter(query.to);
    }
    if (query.source) {
      conditions.push('+a.source = @source COLLATE NOCASE');
      parameters.source = query.source;
    }
    const copies = query.copies === 'exclude' ? [isNotCopy('articles_fts.rowid')] : [];
    const from = [
      'FROM articles_fts',
      conditions.length > 0 ? 'JOIN article_filters a ON a.seq = articles_fts.rowid' : '',
      'WHERE articles_fts MATCH @match',
      ...[...conditions, ...copies].map((condition) => `AND ${condition}`),
    ].join(' ');
    const total =
      this.#prepare<{ total: number }>(`SELECT count(*) AS total ${from}`).get(parameters)?.total ?? 0;
    const page = this.#prepare<{ seq: number; rank: number }>(
      `SELECT seq, rank FROM (
         SELECT articles_fts.rowid AS seq, articles_fts.rank AS rank ${from}
         ORDER BY articles_fts.rowid DESC LIMIT @ranked
       ) ORDER BY rank LIMIT @limit OFFSET @offset`,
    ).all({
      ...parameters,
      ranked: this.#rankedMatches,
      limit: query.limit ?? 20,
      offset: query.offset ?? 0,
    });
    const hits = selectMatchHits(this.#prepare, parameters.match as string, page);
    return { total, ranked: Math.min(total, this.#rankedMatches), hits };
  }

  async listEvents(query: EventQuery): Promise<EventList> {
    return selectEvents(this.#prepare, query);
  }

  async listActors(query: ActorQuery): Promise<ActorList> {
    return selectActors(this.#prepare, query);
  }

  async listQuotes(query: QuoteQuery): Promise<QuoteList> {
    return selectQuotes(this.#prepare, query);
  }

  async listPlaces(query: PlaceQuery): Promise<PlaceList> {
    return selectPlaces(this.#prepare, query);
  }

  async browseArticles(query: ArticleQuery): Promise<ArticlePage> {
    return selectArticlePage(this.#prepare, query, this.#rankedMatches);
  }

  async eventTimeline(query: EventQuery): Promise<Timeline> {
    return selectTimeline(this.#prepare, query);
  }

  async actorNetwork(query: NetworkQuery): Promise<Network> {
    return selectNetwork(this.#prepare, query);
  }

  async eventMap(query: MapQuery): Promise<EventMap> {
    return selectEventMap(this.#prepare, query);
  }

  async listSources(query: SourceQuery): Promise<SourceList> {
    return selectSources(this.#prepare, query);
  }

  async getActorProfile(id: string): Promise<ActorProfile | undefined> {
    return selectActorProfile(this.#prepare, id);
  }

  readonly #prepare: PrepareStatement = <Row>(sql: string) => {
    let statement = this.#statementsBySql.get(sql);
    if (!statement) {
      statement = this.#db.prepare(sql);
      this.#statementsBySql.set(sql, statement);
    }
    return statement as Database.Statement<Record<string, string | number>, Row>;
  };

  async countArticles(): Promise<number> {
    return this.#statements.count.get()?.count ?? 0;
  }

  async listAggregateEvents(query: AggregateEventQuery): Promise<AggregateEventList> {
    return selectAggregateEvents(this.#prepare, query);
  }

  async scanAggregateEvents(scan: AggregateEventScan): Promise<AggregateEvent[]> {
    return selectAggregateEventScan(this.#prepare, scan);
  }

  async putImportedEvents(events: readonly ImportedEvent[]): Promise<number> {
    this.#db.transaction(() => this.#aggregates.putImported(events))();
    return events.length;
  }

  async listStories(query: StoryQuery): Promise<StoryList> {
    return selectStories(this.#prepare, query);
  }

  async getStory(id: string): Promise<StoryDetail | undefined> {
    return selectStory(this.#prepare, id);
  }

  async getArticleStory(articleId: string): Promise<Story | undefined> {
    const id = selectStoryIdOfArticle(this.#prepare, articleId);
    return id === undefined ? undefined : selectStory(this.#prepare, id)?.story;
  }

  async getFetchState(url: string): Promise<FetchState | undefined> {
    return this.#fetchState.get(url);
  }

  async putFetchState(state: FetchState, items: readonly SeenFeedItem[] = []): Promise<void> {
    this.#fetchState.put(state, items);
  }

  async listFetchStates(): Promise<StoredFetchState[]> {
    return this.#fetchState.list();
  }

  async unseenFeedItems(feedUrl: string, ids: readonly string[]): Promise<string[]> {
    return this.#fetchState.unseen(feedUrl, ids);
  }

  async close(): Promise<void> {
    if (this.#db.open) this.#db.close();
  }
}

function migrate(db: Database.Database, path: string): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > MIGRATIONS.length) {
    throw new NewsgraphError(
      'STORE_SCHEMA',
      `database ${path} has schema version ${version}, newer than this newsgraph knows (${MIGRATIONS.length}): upgrade newsgraph`,
    );
  }
  db.transaction(() => {
    MIGRATIONS.slice(version).forEach((migration, index) => {
      if (typeof migration === 'string') db.exec(migration);
      else migration(db);
      db.pragma(`user_version = ${version + index + 1}`);
    });
  })();
}

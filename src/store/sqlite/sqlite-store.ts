import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { AnnotatedArticle } from '../../document/annotations.js';
import type { Article } from '../../document/article.js';
import { NewsgraphError } from '../../errors.js';
import { dayAfter } from '../day-after.js';
import { parseSearchText } from '../parse-search-text.js';
import { splitSnippet } from '../split-snippet.js';
import type { ArticleSummary, PutOutcome, SearchQuery, SearchResult, Store } from '../store.js';
import { type ArticleRow, articleFromRow, rowFromArticle } from './article-row.js';
import { toFtsQuery } from './fts-query.js';
import { MIGRATIONS } from './migrations.js';

const MIN_PREFIX = 4;
/** Title matches weigh most, then the lede, then the body. */
const BM25_WEIGHTS = '10.0, 4.0, 1.0';
const SNIPPET_OPEN = '\u0002';
const SNIPPET_CLOSE = '\u0003';

/** The embedded store: one SQLite file, WAL journal, FTS5 search ranked with BM25. */
export class SqliteStore implements Store {
  readonly #db: Database.Database;
  readonly #statements;

  /** Opens (or creates, unless `mustExist`) the database file at `path` and brings its schema up to date. */
  constructor(path: string, options: { mustExist?: boolean } = {}) {
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
    this.#db.pragma('journal_mode = WAL');
    this.#db.pragma('synchronous = NORMAL');
    this.#db.pragma('busy_timeout = 5000');
    migrate(this.#db, path);
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
      prefix: this.#db.prepare<[string, string], ArticleRow>(
        'SELECT * FROM articles WHERE id >= ? AND id < ? ORDER BY id LIMIT 2',
      ),
    };
  }

  async putArticles(articles: readonly (Article | AnnotatedArticle)[]): Promise<PutOutcome[]> {
    const now = new Date().toISOString();
    const put = this.#db.transaction((batch: readonly (Article | AnnotatedArticle)[]) =>
      batch.map((article): PutOutcome => {
        const row = { ...rowFromArticle(article), now };
        const sameKey = this.#statements.byKey.get(article.key);
        if (sameKey?.id === article.id || (!sameKey && this.#statements.byId.get(article.id))) {
          if (sameKey && row.annotations !== null) {
            this.#statements.annotate.run(row.annotations, row.diagnostics, sameKey.seq);
          }
          return { id: article.id, status: 'duplicate' };
        }
        if (sameKey) {
          if (this.#statements.byId.get(article.id)) return { id: article.id, status: 'duplicate' };
          this.#statements.update.run({ ...row, seq: sameKey.seq });
          return { id: article.id, status: 'updated' };
        }
        this.#statements.insert.run(row);
        return { id: article.id, status: 'added' };
      }),
    );
    return put(articles);
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
    return rows[0] ? articleFromRow(rows[0]) : undefined;
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    const match = toFtsQuery(parseSearchText(query.text));
    const conditions = ['articles_fts MATCH @match'];
    const parameters: Record<string, string | number> = {
      match,
      limit: query.limit ?? 20,
      offset: query.offset ?? 0,
    };
    if (query.from) {
      conditions.push('a.published_at >= @from');
      parameters.from = query.from;
    }
    if (query.to) {
      conditions.push('a.published_at < @before');
      parameters.before = dayAfter(query.to);
    }
    if (query.source) {
      conditions.push('a.source = @source COLLATE NOCASE');
      parameters.source = query.source;
    }
    const from = `FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid WHERE ${conditions.join(' AND ')}`;
    const rows = this.#db
      .prepare<Record<string, string | number>, ArticleSummaryRow>(
        `SELECT a.id, a.title, a.source, a.published_at, a.url,
           bm25(articles_fts, ${BM25_WEIGHTS}) AS rank,
           snippet(articles_fts, -1, '${SNIPPET_OPEN}', '${SNIPPET_CLOSE}', '…', 24) AS snippet
         ${from} ORDER BY rank LIMIT @limit OFFSET @offset`,
      )
      .all(parameters);
    const total = this.#db.prepare<Record<string, string | number>, { total: number }>(
      `SELECT count(*) AS total ${from}`,
    );
    const { limit: _limit, offset: _offset, ...countParameters } = parameters;
    return {
      total: total.get(countParameters)?.total ?? 0,
      hits: rows.map((row) => ({
        article: summaryFromRow(row),
        score: -row.rank,
        ...splitSnippet(row.snippet, SNIPPET_OPEN, SNIPPET_CLOSE),
      })),
    };
  }

  async countArticles(): Promise<number> {
    return this.#statements.count.get()?.count ?? 0;
  }

  async close(): Promise<void> {
    if (this.#db.open) this.#db.close();
  }
}

interface ArticleSummaryRow {
  id: string;
  title: string;
  source: string;
  published_at: string;
  url: string;
  rank: number;
  snippet: string;
}

function summaryFromRow(row: ArticleSummaryRow): ArticleSummary {
  return { id: row.id, title: row.title, source: row.source, publishedAt: row.published_at, url: row.url };
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
    MIGRATIONS.slice(version).forEach((sql, index) => {
      db.exec(sql);
      db.pragma(`user_version = ${version + index + 1}`);
    });
  })();
}

import type Database from 'better-sqlite3';
import { type FoldChanges, noteChange } from '../plan-fold.js';
import { createAggregateIndex } from './aggregate-index.js';
import { type ArticleRow, articleFromRow } from './article-row.js';
import { createLayerIndex } from './layer-index.js';
import { createStoryIndex } from './story-index.js';

/**
 * The schema step of aggregate events and stories: what folding reads on each event row, the
 * tables, and, for a database that has articles already, their events folded and their stories
 * assigned once (oldest publication first, as if they had arrived in that order).
 */
export function addAggregateTables(db: Database.Database): void {
  db.exec(`
    ALTER TABLE events ADD COLUMN source_name TEXT;
    ALTER TABLE events ADD COLUMN target_name TEXT;
    ALTER TABLE events ADD COLUMN tone REAL;
    ALTER TABLE events ADD COLUMN fold_key TEXT;

    -- The same real event across articles (origin newsgraph, folded from events by fold_key) or
    -- imported from GDELT; the whole event is the JSON record, the other columns are filters.
    CREATE TABLE aggregate_events (
      id             TEXT PRIMARY KEY,
      origin         TEXT NOT NULL,
      fold_key       TEXT,
      first_seen     TEXT,
      last_seen      TEXT,
      code           TEXT NOT NULL,
      root_code      TEXT NOT NULL,
      quad_class     INTEGER NOT NULL,
      source_actor   TEXT,
      target_actor   TEXT,
      source_country TEXT,
      target_country TEXT,
      num_mentions   INTEGER NOT NULL,
      record         TEXT NOT NULL
    );
    CREATE INDEX aggregate_events_fold_key ON aggregate_events (fold_key);
    CREATE INDEX aggregate_events_last_seen ON aggregate_events (last_seen);
    CREATE INDEX aggregate_events_source_actor ON aggregate_events (source_actor);
    CREATE INDEX aggregate_events_target_actor ON aggregate_events (target_actor);

    -- The story of each analysed article, with the date, features and their total weight it was
    -- grouped by (see story-features.ts); and each dated article's features, by feature and date,
    -- where a new article finds the articles of its window that share one.
    CREATE TABLE story_articles (
      seq        INTEGER PRIMARY KEY REFERENCES articles (seq),
      story_id   TEXT NOT NULL,
      story_date TEXT,
      features   TEXT NOT NULL,
      weight     REAL NOT NULL
    );
    CREATE INDEX story_articles_story ON story_articles (story_id);
    CREATE TABLE story_features (
      feature    TEXT NOT NULL,
      story_date TEXT NOT NULL,
      seq        INTEGER NOT NULL REFERENCES articles (seq),
      weight     REAL NOT NULL,
      PRIMARY KEY (feature, story_date, seq)
    ) WITHOUT ROWID;
    CREATE INDEX story_features_seq ON story_features (seq);
    CREATE TRIGGER story_articles_delete AFTER DELETE ON articles BEGIN
      DELETE FROM story_articles WHERE seq = old.seq;
      DELETE FROM story_features WHERE seq = old.seq;
    END;
  `);
  const layers = createLayerIndex(db, ['events']);
  const stories = createStoryIndex(db);
  const page = db.prepare<[string, number], ArticleRow & { seq: number; order_key: string }>(
    `SELECT *, published_at || '|' || printf('%012d', seq) AS order_key FROM articles
     WHERE annotations IS NOT NULL AND published_at || '|' || printf('%012d', seq) > ?
     ORDER BY order_key LIMIT ?`,
  );
  for (let rows = page.all('', 500); rows.length > 0; rows = page.all(rows.at(-1)?.order_key ?? '', 500)) {
    for (const row of rows) {
      const article = articleFromRow(row);
      layers.replace(row.seq, article);
      stories.assign(row.seq, article);
    }
  }
  db.exec('CREATE INDEX events_fold_key ON events (fold_key, event_date)');
  const changes: FoldChanges = new Map();
  const dates = db.prepare<[], { fold_key: string; event_date: string | null }>(
    'SELECT DISTINCT fold_key, event_date FROM events',
  );
  for (const row of dates.all()) noteChange(changes, row.fold_key, row.event_date);
  createAggregateIndex(db).fold(changes);
}

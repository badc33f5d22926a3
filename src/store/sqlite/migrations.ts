import type Database from 'better-sqlite3';
import { ACTOR_NAMES_SCHEMA } from './actor-names.js';
import { addAggregateTables } from './aggregate-schema.js';
import { DUPLICATE_INDEX_SCHEMA } from './duplicate-index.js';
import { EVENT_KINDS_SCHEMA } from './event-kinds.js';
import { createLayerIndex } from './layer-index.js';

/** One schema step: SQL, or a function for a step that needs more than SQL. */
export type Migration = string | ((db: Database.Database) => void);

/**
 * The SQLite schema, one step per version; `PRAGMA user_version` records how far a file is.
 * A step never changes once released: a change is a new step.
 */
export const MIGRATIONS: readonly Migration[] = [
  `
  CREATE TABLE articles (
    seq          INTEGER PRIMARY KEY,
    id           TEXT NOT NULL UNIQUE,
    key          TEXT NOT NULL UNIQUE,
    published_at TEXT NOT NULL,
    source       TEXT NOT NULL,
    title        TEXT NOT NULL,
    url          TEXT NOT NULL,
    image        TEXT NOT NULL,
    language     TEXT NOT NULL,
    authors      TEXT NOT NULL,
    ingested_at  TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    lede         TEXT NOT NULL,
    origin       TEXT NOT NULL,
    diagnostics  TEXT NOT NULL,
    body         TEXT NOT NULL,
    annotations  TEXT
  );

  -- What search filters on, in rows of a few dozen bytes. Filtering thousands of matches through
  -- the articles table itself reads one multi-kilobyte row (and its overflow pages) per match:
  -- measured on 100,000 articles, 65 ms against 8 ms for a common word with a source filter.
  CREATE TABLE article_filters (
    seq          INTEGER PRIMARY KEY REFERENCES articles (seq) ON DELETE CASCADE,
    published_at TEXT NOT NULL,
    source       TEXT NOT NULL
  );
  CREATE TRIGGER article_filters_insert AFTER INSERT ON articles BEGIN
    INSERT INTO article_filters (seq, published_at, source) VALUES (new.seq, new.published_at, new.source);
  END;
  CREATE TRIGGER article_filters_update AFTER UPDATE OF published_at, source ON articles BEGIN
    UPDATE article_filters SET published_at = new.published_at, source = new.source WHERE seq = new.seq;
  END;
  CREATE TRIGGER article_filters_delete AFTER DELETE ON articles BEGIN
    DELETE FROM article_filters WHERE seq = old.seq;
  END;

  CREATE VIRTUAL TABLE articles_fts USING fts5 (
    title, lede, body,
    content = 'articles', content_rowid = 'seq',
    tokenize = 'porter unicode61 remove_diacritics 2'
  );
  CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts (rowid, title, lede, body) VALUES (new.seq, new.title, new.lede, new.body);
  END;
  CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, lede, body)
    VALUES ('delete', old.seq, old.title, old.lede, old.body);
  END;
  CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, lede, body ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, lede, body)
    VALUES ('delete', old.seq, old.title, old.lede, old.body);
    INSERT INTO articles_fts (rowid, title, lede, body) VALUES (new.seq, new.title, new.lede, new.body);
  END;
  `,
  `
  -- Search ranks by BM25 with title matches weighing most, then the lede, then the body.
  INSERT INTO articles_fts (articles_fts, rank) VALUES ('rank', 'bm25(10.0, 4.0, 1.0)');
  `,
  `
  -- One row per event and per actor of a stored article, with what listEvents and listActors
  -- filter and group on; the event itself stays in the article's annotations, stored once.
  -- source_actor, target_actor and actor_key hold a CAMEO code, or 'name:' and the folded name
  -- of an actor without one (see actor-key.ts): a range of codes never reaches a name.
  CREATE TABLE events (
    seq            INTEGER NOT NULL REFERENCES articles (seq),
    event_index    INTEGER NOT NULL,
    event_date     TEXT,
    code           TEXT NOT NULL,
    root_code      TEXT NOT NULL,
    quad_class     INTEGER NOT NULL,
    source_actor   TEXT,
    target_actor   TEXT,
    source_country TEXT,
    target_country TEXT,
    PRIMARY KEY (seq, event_index)
  );
  CREATE INDEX events_date ON events (event_date);
  CREATE INDEX events_code ON events (code);
  CREATE INDEX events_source_actor ON events (source_actor);
  CREATE INDEX events_target_actor ON events (target_actor);
  CREATE INDEX events_source_country ON events (source_country);
  CREATE INDEX events_target_country ON events (target_country);

  -- Clustered by actor key: listActors groups in one pass in key order (measured 155 -> 108 ms
  -- for 100,000 rows against a rowid table with an index on actor_key).
  CREATE TABLE actors (
    seq         INTEGER NOT NULL REFERENCES articles (seq),
    actor_index INTEGER NOT NULL,
    actor_key   TEXT NOT NULL,
    code        TEXT,
    country     TEXT,
    roles       TEXT NOT NULL,
    name        TEXT NOT NULL,
    folded_name TEXT NOT NULL,
    mentions    INTEGER NOT NULL,
    PRIMARY KEY (actor_key, seq, actor_index)
  ) WITHOUT ROWID;
  CREATE INDEX actors_seq ON actors (seq);
  CREATE INDEX actors_country ON actors (country);

  CREATE TRIGGER layers_delete AFTER DELETE ON articles BEGIN
    DELETE FROM events WHERE seq = old.seq;
    DELETE FROM actors WHERE seq = old.seq;
  END;
  `,
  // Articles analysed before these tables existed have actors in their annotations: index them.
  (db) => {
    const index = createLayerIndex(db, ['events', 'actors']);
    // In pages: better-sqlite3 cannot write while a statement's rows are being iterated.
    const page = db.prepare<[number], { seq: number; annotations: string }>(
      'SELECT seq, annotations FROM articles WHERE seq > ? AND annotations IS NOT NULL ORDER BY seq LIMIT 500',
    );
    for (let rows = page.all(0); rows.length > 0; rows = page.all(rows.at(-1)?.seq ?? 0)) {
      for (const { seq, annotations } of rows) index.replace(seq, JSON.parse(annotations));
    }
  },
  `
  -- One row per quote and per place of a stored article, with what listQuotes and listPlaces
  -- filter, order and group on; the quote and the place themselves stay in the article's
  -- annotations. A quote row copies its article's date and source (see quote-row.ts). No step
  -- indexes older articles: until this version the store did not keep quotes and places.
  CREATE TABLE quotes (
    seq           INTEGER NOT NULL REFERENCES articles (seq),
    quote_index   INTEGER NOT NULL,
    published_at  TEXT,
    source        TEXT NOT NULL,
    speaker_words TEXT,
    speaker_name  TEXT,
    speaker_code  TEXT,
    PRIMARY KEY (seq, quote_index)
  );
  CREATE INDEX quotes_published_at ON quotes (published_at);
  CREATE INDEX quotes_speaker_code ON quotes (speaker_code);
  CREATE INDEX quotes_source ON quotes (source COLLATE NOCASE);

  -- Clustered by place key (a GeoNames id, or country and folded name), as actors are by theirs.
  CREATE TABLE places (
    seq           INTEGER NOT NULL REFERENCES articles (seq),
    place_index   INTEGER NOT NULL,
    place_key     TEXT NOT NULL,
    name          TEXT NOT NULL,
    country       TEXT NOT NULL,
    lat           REAL NOT NULL,
    lon           REAL NOT NULL,
    feature_class TEXT NOT NULL,
    geoname_id    INTEGER,
    mentions      INTEGER NOT NULL,
    PRIMARY KEY (place_key, seq, place_index)
  ) WITHOUT ROWID;
  CREATE INDEX places_seq ON places (seq);
  CREATE INDEX places_country ON places (country);

  CREATE TRIGGER quotes_places_delete AFTER DELETE ON articles BEGIN
    DELETE FROM quotes WHERE seq = old.seq;
    DELETE FROM places WHERE seq = old.seq;
  END;
  `,
  `
  -- What the fetcher remembers per URL (conditional GET), and which items of each feed the
  -- watcher has dealt with, so that a restart fetches nothing twice.
  CREATE TABLE fetch_state (
    url           TEXT PRIMARY KEY,
    etag          TEXT,
    last_modified TEXT,
    fetched_at    TEXT NOT NULL,
    error         TEXT
  ) WITHOUT ROWID;
  CREATE TABLE feed_items (
    feed_url   TEXT NOT NULL,
    item_id    TEXT NOT NULL,
    seen_at    TEXT NOT NULL,
    article_id TEXT,
    error      TEXT,
    PRIMARY KEY (feed_url, item_id)
  ) WITHOUT ROWID;
  `,
  // What the HTTP API's aggregates read: each event's Goldstein value and place on the map,
  // indexes for the browser's filters, and events per day and QuadClass kept as they change.
  (db) => {
    db.exec(`
      ALTER TABLE events ADD COLUMN goldstein REAL NOT NULL DEFAULT 0;
      ALTER TABLE events ADD COLUMN place_name TEXT;
      ALTER TABLE events ADD COLUMN place_country TEXT;
      ALTER TABLE events ADD COLUMN lat REAL;
      ALTER TABLE events ADD COLUMN lon REAL;
    `);
    const index = createLayerIndex(db, ['events']);
    const page = db.prepare<[number], { seq: number; annotations: string }>(
      'SELECT seq, annotations FROM articles WHERE seq > ? AND annotations IS NOT NULL ORDER BY seq LIMIT 500',
    );
    for (let rows = page.all(0); rows.length > 0; rows = page.all(rows.at(-1)?.seq ?? 0)) {
      for (const { seq, annotations } of rows) index.replace(seq, JSON.parse(annotations));
    }
    db.exec(`
      CREATE INDEX events_root_code ON events (root_code, event_date);
      CREATE INDEX events_quad_class ON events (quad_class, event_date);
      CREATE INDEX article_filters_published_at ON article_filters (published_at);
      CREATE INDEX article_filters_source ON article_filters (source COLLATE NOCASE, published_at);

      -- A timeline without filters other than dates reads a few rows per day, not every event.
      CREATE TABLE event_days (
        event_date    TEXT NOT NULL,
        quad_class    INTEGER NOT NULL,
        events        INTEGER NOT NULL,
        goldstein_sum REAL NOT NULL,
        PRIMARY KEY (event_date, quad_class)
      ) WITHOUT ROWID;
      INSERT INTO event_days (event_date, quad_class, events, goldstein_sum)
        SELECT event_date, quad_class, count(*), total(goldstein) FROM events
        WHERE event_date IS NOT NULL GROUP BY event_date, quad_class;
      CREATE TRIGGER event_days_insert AFTER INSERT ON events WHEN new.event_date IS NOT NULL BEGIN
        INSERT INTO event_days (event_date, quad_class, events, goldstein_sum)
        VALUES (new.event_date, new.quad_class, 1, new.goldstein)
        ON CONFLICT DO UPDATE SET events = events + 1, goldstein_sum = goldstein_sum + excluded.goldstein_sum;
      END;
      CREATE TRIGGER event_days_delete AFTER DELETE ON events WHEN old.event_date IS NOT NULL BEGIN
        UPDATE event_days SET events = events - 1, goldstein_sum = goldstein_sum - old.goldstein
        WHERE event_date = old.event_date AND quad_class = old.quad_class;
      END;
    `);
  },
  DUPLICATE_INDEX_SCHEMA,
  // Aggregate events and stories (issue 9): see aggregate-schema.ts.
  addAggregateTables,
  // The QuadClasses and root codes of each article's events, for the browser's filters: see event-kinds.ts.
  EVENT_KINDS_SCHEMA,
  // The facets of the browser read each counted article's actor codes, countries and names from
  // this index alone: on 100,000 articles, the actors of 1,000 naming the UN took 36 ms read from
  // their rows, and 18 ms counted in the index.
  `
  DROP INDEX actors_seq;
  CREATE INDEX actors_seq ON actors (seq, code, country, name, mentions);
  `,
  // What the actor network reads: the pairs of actors of its events in an index that holds them,
  // and the actors' names (see actor-names.ts). On 100,000 articles, the pairs of all 388,000
  // events took 833 ms through the index on the source actor and the rows, 35 ms in the index.
  `
  DROP INDEX events_source_actor;
  CREATE INDEX events_pairs ON events (source_actor, target_actor, goldstein);
  ${ACTOR_NAMES_SCHEMA}
  `,
];

/**
 * The SQLite schema, one step per version; `PRAGMA user_version` records how far a file is.
 * A step never changes once released: a change is a new step.
 */
export const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE articles (
    seq          INTEGER PRIMARY KEY,
    id           TEXT NOT NULL UNIQUE,
    key          TEXT NOT NULL UNIQUE,
    title        TEXT NOT NULL,
    lede         TEXT NOT NULL,
    body         TEXT NOT NULL,
    image        TEXT NOT NULL,
    source       TEXT NOT NULL,
    url          TEXT NOT NULL,
    language     TEXT NOT NULL,
    authors      TEXT NOT NULL,
    published_at TEXT NOT NULL,
    origin       TEXT NOT NULL,
    diagnostics  TEXT NOT NULL,
    annotations  TEXT,
    ingested_at  TEXT NOT NULL,
    updated_at   TEXT NOT NULL
  );
  CREATE INDEX articles_published_at ON articles (published_at);
  CREATE INDEX articles_source ON articles (source COLLATE NOCASE);

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
];

import type { PoolClient } from 'pg';
import { addAggregateTables } from './aggregate-schema.js';
import { DUPLICATE_INDEX_SCHEMA } from './duplicate-index.js';
import { compressWithLz4 } from './lz4-compression.js';
import { findOrCreateUnaccent } from './unaccent-schema.js';

/** One schema step: SQL, or a function for a step that needs more than SQL. Each runs in its own transaction. */
export type Migration = string | ((client: PoolClient) => Promise<void>);

/**
 * The PostgreSQL schema, one step per version; the `schema_version` table records how far a
 * database is. A step never changes once released: a change is a new step.
 *
 * Every table that grows with the archive (articles and the rows of their layers) is partitioned
 * by the article's publication month and keyed by the article's id, so that it can later be split
 * into monthly partitions and distributed with Citus by `id`/`article_id` (see docs/scaling.md):
 * each primary key holds both columns, no unique constraint spans partitions or shards, and a
 * layer row lives beside its article. An undated article's month is `-infinity`.
 */
export const MIGRATIONS: readonly Migration[] = [
  // Words are stemmed as English and, when the unaccent extension is there (or may be created),
  // compared without accents; without it, "zurich" does not find "Zürich". (Since 2026-11-26 a
  // database without the extension gets it in a schema of its own, not the first store's: the
  // objects the step makes are the same.)
  async (client) => {
    const schema = await findOrCreateUnaccent(client);
    await client.query('CREATE TEXT SEARCH CONFIGURATION newsgraph_text (COPY = pg_catalog.english)');
    if (schema !== undefined) {
      await client.query(
        `ALTER TEXT SEARCH CONFIGURATION newsgraph_text ALTER MAPPING FOR hword, hword_part, word
         WITH ${quoteIdentifier(schema)}.unaccent, english_stem`,
      );
    }
  },
  `
  CREATE SEQUENCE article_seq;

  -- Codes, keys, ids and ISO dates compare byte by byte ("C"), as in SQLite, so that a range
  -- of codes (every code that begins with RUS) and an order do not depend on the server's locale.

  -- seq orders articles by when they were stored (search ranks the most recent matches); a new
  -- version of an article is a new row with a new id and a new seq.
  CREATE TABLE articles (
    id              text COLLATE "C" NOT NULL,
    published_month date NOT NULL,
    seq             bigint NOT NULL DEFAULT nextval('article_seq'),
    key             text COLLATE "C" NOT NULL,
    published_at    text COLLATE "C" NOT NULL,
    source          text NOT NULL,
    title           text NOT NULL,
    url             text NOT NULL,
    image           text NOT NULL,
    language        text NOT NULL,
    authors         jsonb NOT NULL,
    origin          jsonb NOT NULL,
    diagnostics     jsonb NOT NULL,
    lede            text NOT NULL,
    body            text NOT NULL,
    annotations     jsonb,
    ingested_at     timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    search          tsvector GENERATED ALWAYS AS (
      setweight(to_tsvector('newsgraph_text', title), 'A') ||
      setweight(to_tsvector('newsgraph_text', lede), 'B') ||
      setweight(to_tsvector('newsgraph_text', body), 'C')
    ) STORED,
    PRIMARY KEY (id, published_month)
  ) PARTITION BY RANGE (published_month);
  CREATE TABLE articles_default PARTITION OF articles DEFAULT;
  -- Not unique: a unique index on a partitioned table must hold the partition column, and a new
  -- version may move an article to another month. putArticles keeps keys unique under locks.
  CREATE INDEX articles_key ON articles (key);
  CREATE INDEX articles_seq ON articles (seq);
  CREATE INDEX articles_search ON articles USING gin (search);
  CREATE INDEX articles_published_at ON articles (published_at);
  CREATE INDEX articles_source ON articles (lower(source), published_at);

  -- One row per event, actor, quote and place of a stored article, with what the list queries
  -- filter, order and group on; the annotation itself stays in the article's annotations, at
  -- its index. seq is the article's, for ordering. Deleting an article deletes its rows.
  CREATE TABLE events (
    article_id      text COLLATE "C" NOT NULL,
    published_month date NOT NULL,
    event_index     integer NOT NULL,
    seq             bigint NOT NULL,
    event_date      text COLLATE "C",
    code            text COLLATE "C" NOT NULL,
    root_code       text COLLATE "C" NOT NULL,
    quad_class      smallint NOT NULL,
    source_actor    text COLLATE "C",
    target_actor    text COLLATE "C",
    source_country  text,
    target_country  text,
    goldstein       double precision NOT NULL,
    place_name      text,
    place_country   text,
    lat             double precision,
    lon             double precision,
    PRIMARY KEY (article_id, published_month, event_index),
    FOREIGN KEY (article_id, published_month) REFERENCES articles (id, published_month) ON DELETE CASCADE
  ) PARTITION BY RANGE (published_month);
  CREATE TABLE events_default PARTITION OF events DEFAULT;
  CREATE INDEX events_date ON events (event_date);
  CREATE INDEX events_code ON events (code);
  CREATE INDEX events_root_code ON events (root_code, event_date);
  CREATE INDEX events_quad_class ON events (quad_class, event_date);
  CREATE INDEX events_source_actor ON events (source_actor);
  CREATE INDEX events_target_actor ON events (target_actor);
  CREATE INDEX events_source_country ON events (source_country);
  CREATE INDEX events_target_country ON events (target_country);

  -- actor_key is a CAMEO code, or 'name:' and the folded name of an actor without one.
  CREATE TABLE actors (
    article_id      text COLLATE "C" NOT NULL,
    published_month date NOT NULL,
    actor_index     integer NOT NULL,
    seq             bigint NOT NULL,
    actor_key       text COLLATE "C" NOT NULL,
    code            text COLLATE "C",
    country         text,
    roles           text NOT NULL,
    name            text NOT NULL,
    folded_name     text NOT NULL,
    mentions        integer NOT NULL,
    PRIMARY KEY (article_id, published_month, actor_index),
    FOREIGN KEY (article_id, published_month) REFERENCES articles (id, published_month) ON DELETE CASCADE
  ) PARTITION BY RANGE (published_month);
  CREATE TABLE actors_default PARTITION OF actors DEFAULT;
  CREATE INDEX actors_key ON actors (actor_key);
  CREATE INDEX actors_country ON actors (country);

  -- A quote row copies its article's date and source (see quote-row.ts).
  CREATE TABLE quotes (
    article_id      text COLLATE "C" NOT NULL,
    published_month date NOT NULL,
    quote_index     integer NOT NULL,
    seq             bigint NOT NULL,
    published_at    text COLLATE "C",
    source          text NOT NULL,
    speaker_words   text,
    speaker_name    text,
    speaker_code    text COLLATE "C",
    PRIMARY KEY (article_id, published_month, quote_index),
    FOREIGN KEY (article_id, published_month) REFERENCES articles (id, published_month) ON DELETE CASCADE
  ) PARTITION BY RANGE (published_month);
  CREATE TABLE quotes_default PARTITION OF quotes DEFAULT;
  CREATE INDEX quotes_published_at ON quotes (published_at);
  CREATE INDEX quotes_speaker_code ON quotes (speaker_code);
  CREATE INDEX quotes_source ON quotes (lower(source));

  -- place_key is a GeoNames id, or a country and a folded name (see place-row.ts).
  CREATE TABLE places (
    article_id      text COLLATE "C" NOT NULL,
    published_month date NOT NULL,
    place_index     integer NOT NULL,
    seq             bigint NOT NULL,
    place_key       text COLLATE "C" NOT NULL,
    name            text NOT NULL,
    country         text NOT NULL,
    lat             double precision NOT NULL,
    lon             double precision NOT NULL,
    feature_class   text NOT NULL,
    geoname_id      integer,
    mentions        integer NOT NULL,
    PRIMARY KEY (article_id, published_month, place_index),
    FOREIGN KEY (article_id, published_month) REFERENCES articles (id, published_month) ON DELETE CASCADE
  ) PARTITION BY RANGE (published_month);
  CREATE TABLE places_default PARTITION OF places DEFAULT;
  CREATE INDEX places_key ON places (place_key);
  CREATE INDEX places_country ON places (country);

  -- What the fetcher remembers per URL, and the items of each feed the watcher has dealt with.
  -- Small and not partitioned (on Citus: local to the coordinator, or reference tables).
  CREATE TABLE fetch_state (
    url           text PRIMARY KEY,
    etag          text,
    last_modified text,
    fetched_at    text NOT NULL,
    error         text
  );
  CREATE TABLE feed_items (
    feed_url   text NOT NULL,
    item_id    text NOT NULL,
    seen_at    text NOT NULL,
    article_id text,
    error      text,
    PRIMARY KEY (feed_url, item_id)
  );
  `,
  `
  -- What search matches, ranks and filters on, in a narrow table of its own, the tsvector kept in
  -- the row (compressed, not moved out to TOAST): ranking reads one vector per match, and from
  -- the wide articles table that cost 26 us a match against 6 us here (7,000 matches of 20,000
  -- articles: 184 ms against 44 ms).
  CREATE TABLE article_search (
    id              text COLLATE "C" NOT NULL,
    published_month date NOT NULL,
    seq             bigint NOT NULL,
    published_at    text COLLATE "C" NOT NULL,
    source          text NOT NULL,
    search          tsvector NOT NULL,
    PRIMARY KEY (id, published_month),
    FOREIGN KEY (id, published_month) REFERENCES articles (id, published_month) ON DELETE CASCADE
  ) PARTITION BY RANGE (published_month);
  ALTER TABLE article_search ALTER COLUMN search SET STORAGE MAIN;
  CREATE TABLE article_search_default PARTITION OF article_search DEFAULT;
  CREATE INDEX article_search_search ON article_search USING gin (search);
  CREATE INDEX article_search_seq ON article_search (seq);
  INSERT INTO article_search (id, published_month, seq, published_at, source, search)
    SELECT id, published_month, seq, published_at, source, search FROM articles;
  ALTER TABLE articles DROP COLUMN search;
  `,
  `
  -- English stems without English stop words, as SQLite's porter tokenizer: "who" (WHO, The Who)
  -- and "us" are words people search for; the english configuration dropped them from the index
  -- and from the query, so such a search found nothing.
  CREATE TEXT SEARCH DICTIONARY newsgraph_stem (TEMPLATE = snowball, LANGUAGE = english);
  ALTER TEXT SEARCH CONFIGURATION newsgraph_text ALTER MAPPING REPLACE english_stem WITH newsgraph_stem;
  UPDATE article_search s SET search =
    setweight(to_tsvector('newsgraph_text', a.title), 'A') ||
    setweight(to_tsvector('newsgraph_text', a.lede), 'B') ||
    setweight(to_tsvector('newsgraph_text', a.body), 'C')
  FROM articles a WHERE a.id = s.id AND a.published_month = s.published_month;
  `,
  DUPLICATE_INDEX_SCHEMA,
  // Aggregate events and stories (issue 9): see aggregate-schema.ts.
  addAggregateTables,
  compressWithLz4,
  `
  -- The filters search shares with the article browser, indexed on the search table as they are
  -- on articles: a search of one source read every search row to find that source's ("police"
  -- in a source of 12,500 of 100,000 articles: 83 ms, against 5 ms with the index).
  CREATE INDEX article_search_source ON article_search (lower(source), published_at);
  CREATE INDEX article_search_published_at ON article_search (published_at);
  `,
];

/** `name` as an SQL identifier, quoted. */
export function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

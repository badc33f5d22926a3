import type { PoolClient } from 'pg';
import type { AnnotatedArticle } from '../../document/annotations.js';
import { type FoldChanges, noteChange } from '../plan-fold.js';
import { type ArticleRow, articleFromRow } from '../sqlite/article-row.js';
import { eventRowsFromArticle } from '../sqlite/event-row.js';
import { foldAggregateEvents } from './aggregate-index.js';
import { assignStories } from './story-index.js';

/**
 * The schema step of aggregate events and stories: what folding reads on each event row, the
 * tables, and, for a database that has articles already, their events folded and their stories
 * assigned once (oldest publication first, as if they had arrived in that order).
 */
export async function addAggregateTables(client: PoolClient): Promise<void> {
  await client.query(`
    ALTER TABLE events ADD COLUMN source_name text, ADD COLUMN target_name text,
      ADD COLUMN tone double precision, ADD COLUMN fold_key text COLLATE "C";

    -- The same real event across articles (origin newsgraph, folded from events by fold_key) or
    -- imported from GDELT; the whole event is the JSON record, the other columns are filters.
    -- Derived and keyed by its own id: on Citus, a table local to the coordinator.
    CREATE TABLE aggregate_events (
      id             text COLLATE "C" PRIMARY KEY,
      origin         text NOT NULL,
      fold_key       text COLLATE "C",
      first_seen     text COLLATE "C",
      last_seen      text COLLATE "C",
      code           text COLLATE "C" NOT NULL,
      root_code      text COLLATE "C" NOT NULL,
      quad_class     smallint NOT NULL,
      source_actor   text COLLATE "C",
      target_actor   text COLLATE "C",
      source_country text,
      target_country text,
      num_mentions   integer NOT NULL,
      record         text NOT NULL
    );
    CREATE INDEX aggregate_events_fold_key ON aggregate_events (fold_key);
    CREATE INDEX aggregate_events_last_seen ON aggregate_events (last_seen);
    CREATE INDEX aggregate_events_source_actor ON aggregate_events (source_actor);
    CREATE INDEX aggregate_events_target_actor ON aggregate_events (target_actor);

    -- The story of each analysed article, with the date, features and their total weight it was
    -- grouped by (see story-features.ts); and each dated article's features, by feature and date,
    -- where a new article finds the articles of its window that share one.
    CREATE TABLE story_articles (
      article_id      text COLLATE "C" NOT NULL,
      published_month date NOT NULL,
      seq             bigint NOT NULL,
      story_id        text COLLATE "C" NOT NULL,
      story_date      text COLLATE "C",
      features        text NOT NULL,
      weight          double precision NOT NULL,
      PRIMARY KEY (article_id, published_month),
      FOREIGN KEY (article_id, published_month) REFERENCES articles (id, published_month) ON DELETE CASCADE
    ) PARTITION BY RANGE (published_month);
    CREATE TABLE story_articles_default PARTITION OF story_articles DEFAULT;
    CREATE INDEX story_articles_story ON story_articles (story_id);
    CREATE TABLE story_features (
      article_id      text COLLATE "C" NOT NULL,
      published_month date NOT NULL,
      feature         text COLLATE "C" NOT NULL,
      story_date      text COLLATE "C" NOT NULL,
      weight          double precision NOT NULL,
      PRIMARY KEY (article_id, published_month, feature),
      FOREIGN KEY (article_id, published_month) REFERENCES articles (id, published_month) ON DELETE CASCADE
    ) PARTITION BY RANGE (published_month);
    CREATE TABLE story_features_default PARTITION OF story_features DEFAULT;
    CREATE INDEX story_features_feature ON story_features (feature, story_date);
  `);
  let after = '';
  for (;;) {
    const { rows } = await client.query<
      ArticleRow & { seq: string; published_month: string; order_key: string }
    >(
      `SELECT id, key, title, lede, body, image, source, url, language, published_at, seq,
         published_month::text, authors::text AS authors, origin::text AS origin,
         diagnostics::text AS diagnostics, annotations::text AS annotations,
         published_at || '|' || id AS order_key
       FROM articles WHERE annotations IS NOT NULL AND published_at || '|' || id > $1
       ORDER BY published_at || '|' || id LIMIT 500`,
      [after],
    );
    if (rows.length === 0) break;
    after = rows.at(-1)?.order_key ?? after;
    const articles = rows.map((row) => ({
      article: articleFromRow(row) as AnnotatedArticle,
      publishedMonth: row.published_month,
      seq: row.seq,
    }));
    const events = articles.flatMap(({ article, publishedMonth, seq }) =>
      eventRowsFromArticle(article).map((row) => ({
        ...row,
        article_id: article.id,
        published_month: publishedMonth,
        seq,
      })),
    );
    await client.query('DELETE FROM events WHERE article_id = ANY($1)', [
      articles.map(({ article }) => article.id),
    ]);
    await client.query('INSERT INTO events SELECT * FROM json_populate_recordset(NULL::events, $1::json)', [
      JSON.stringify(events),
    ]);
    await assignStories(client, articles);
  }
  await client.query('CREATE INDEX events_fold_key ON events (fold_key, event_date)');
  const { rows } = await client.query<{ fold_key: string; event_date: string | null }>(
    'SELECT DISTINCT fold_key, event_date FROM events WHERE fold_key IS NOT NULL',
  );
  const changes: FoldChanges = new Map();
  for (const row of rows) noteChange(changes, row.fold_key, row.event_date);
  await foldAggregateEvents(client, changes);
}

import type Database from 'better-sqlite3';
import type { AnnotatedArticle } from '../../document/annotations.js';
import { actorRowsFromArticle } from './actor-row.js';
import { eventRowsFromArticle } from './event-row.js';
import { placeRowsFromArticle } from './place-row.js';
import { quoteRowsFromArticle } from './quote-row.js';

/** The narrow tables kept in step with the articles' annotations, each named after its layer. */
export type IndexedLayer = 'events' | 'actors' | 'quotes' | 'places';

/** What their rows are made from: an article's layers, and its date and source for quotes. */
export type IndexedArticle = Partial<
  Pick<AnnotatedArticle, IndexedLayer | 'publishedAt' | 'source' | 'tone'>
>;

export interface LayerIndex {
  /** Replaces the rows of the article at `seq` with those of this article's annotations. */
  replace(seq: number | bigint, article: IndexedArticle): void;
}

interface LayerTable {
  columns: readonly string[];
  rows(article: IndexedArticle): readonly object[];
}

/** A table's columns (besides `seq`), checked against the fields of its rows. */
function table<Row extends object>(
  columns: readonly (keyof Row & string)[],
  rows: (article: IndexedArticle) => Row[],
): LayerTable {
  return { columns, rows };
}

const TABLES: Record<IndexedLayer, LayerTable> = {
  events: table(
    [
      'event_index',
      'event_date',
      'code',
      'root_code',
      'quad_class',
      'source_actor',
      'target_actor',
      'source_country',
      'target_country',
      'goldstein',
      'place_name',
      'place_country',
      'lat',
      'lon',
      'source_name',
      'target_name',
      'tone',
      'fold_key',
    ],
    eventRowsFromArticle,
  ),
  actors: table(
    ['actor_index', 'actor_key', 'code', 'country', 'roles', 'name', 'folded_name', 'mentions'],
    actorRowsFromArticle,
  ),
  quotes: table(
    ['quote_index', 'published_at', 'source', 'speaker_words', 'speaker_name', 'speaker_code'],
    quoteRowsFromArticle,
  ),
  places: table(
    ['place_index', 'place_key', 'name', 'country', 'lat', 'lon', 'feature_class', 'geoname_id', 'mentions'],
    placeRowsFromArticle,
  ),
};

export const INDEXED_LAYERS = Object.keys(TABLES) as readonly IndexedLayer[];

/**
 * Writes the narrow tables that `listEvents`, `listActors`, `listQuotes` and `listPlaces` read.
 * `layers` names the tables to keep: a migration step keeps only those that existed at its version.
 */
export function createLayerIndex(
  db: Database.Database,
  layers: readonly IndexedLayer[] = INDEXED_LAYERS,
): LayerIndex {
  const writers = layers.map((layer) => {
    const { rows } = TABLES[layer];
    // The columns the table has at this version: a migration step that indexes older articles
    // runs before the later steps add columns to its table.
    const existing = new Set(
      (db.pragma(`table_info(${layer})`) as { name: string }[]).map((column) => column.name),
    );
    const columns = TABLES[layer].columns.filter((column) => existing.has(column));
    return {
      rows,
      remove: db.prepare(`DELETE FROM ${layer} WHERE seq = ?`),
      insert: db.prepare(
        `INSERT INTO ${layer} (seq, ${columns.join(', ')})
         VALUES (@seq, ${columns.map((column) => `@${column}`).join(', ')})`,
      ),
    };
  });
  return {
    replace(seq, article) {
      for (const { rows, remove, insert } of writers) {
        remove.run(seq);
        for (const row of rows(article)) insert.run({ ...row, seq });
      }
    },
  };
}

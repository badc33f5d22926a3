import type Database from 'better-sqlite3';
import { type AggregateRow, aggregateRow, importedEvent } from '../aggregate-row.js';
import type { AggregateEvent, ImportedEvent } from '../aggregate-types.js';
import { type FoldMention, foldMentions, mentionKey } from '../fold-mentions.js';

/** Keeps the `aggregate_events` table in step with the `events` table, inside the caller's transaction. */
export interface AggregateIndex {
  /** The fold keys of the stored events of the article at `seq`. */
  keysOf(seq: number | bigint): string[];
  /** Folds the stored mentions of each key again, replacing that key's aggregate events. */
  fold(keys: Iterable<string>): void;
  /** Stores imported events, replacing those with the same GDELT id. */
  putImported(events: readonly ImportedEvent[]): void;
}

export function createAggregateIndex(db: Database.Database): AggregateIndex {
  const keys = db.prepare<[number | bigint], { fold_key: string }>(
    'SELECT DISTINCT fold_key FROM events WHERE seq = ?',
  );
  const mentions = db.prepare<[string], FoldMention>(
    `SELECT a.id AS article_id, e.event_index, e.event_date, a.source AS article_source, a.url AS article_url,
       e.tone, e.code, e.root_code, e.quad_class, e.source_actor, e.target_actor, e.source_country,
       e.target_country, e.source_name, e.target_name, e.goldstein, e.place_name, e.place_country, e.lat, e.lon
     FROM events e JOIN articles a ON a.seq = e.seq WHERE e.fold_key = ?`,
  );
  const previous = db.prepare<[string], { id: string; record: string }>(
    `SELECT id, record FROM aggregate_events WHERE fold_key = ? AND origin = 'newsgraph'`,
  );
  const remove = db.prepare(`DELETE FROM aggregate_events WHERE fold_key = ? AND origin = 'newsgraph'`);
  const insert = db.prepare<AggregateRow>(
    `INSERT OR REPLACE INTO aggregate_events (id, origin, fold_key, first_seen, last_seen, code, root_code,
       quad_class, source_actor, target_actor, source_country, target_country, num_mentions, record)
     VALUES (@id, @origin, @fold_key, @first_seen, @last_seen, @code, @root_code, @quad_class, @source_actor,
       @target_actor, @source_country, @target_country, @num_mentions, @record)`,
  );
  return {
    keysOf: (seq) => keys.all(seq).map((row) => row.fold_key),
    fold(foldKeys) {
      const now = new Date().toISOString();
      for (const key of new Set(foldKeys)) {
        const previousIds = new Map<string, string>();
        for (const row of previous.all(key)) {
          for (const ref of (JSON.parse(row.record) as AggregateEvent).mentions) {
            previousIds.set(mentionKey(ref), row.id);
          }
        }
        remove.run(key);
        const rows = mentions.all(key);
        for (const event of foldMentions(key, rows, previousIds, now))
          insert.run(aggregateRow(event, { ...(rows[0] as FoldMention), fold_key: key }));
      }
    },
    putImported(events) {
      for (const imported of events) insert.run(aggregateRow(importedEvent(imported)));
    },
  };
}

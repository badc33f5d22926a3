import type Database from 'better-sqlite3';
import { AGGREGATE_COLUMNS, type AggregateRow, aggregateRow, importedEvent } from '../aggregate-row.js';
import type { AggregateEvent, ImportedEvent } from '../aggregate-types.js';
import { type FoldMention, foldMentions, mentionKey } from '../fold-mentions.js';
import { type FoldChanges, type FoldedSpan, foldReach, noteChange, planFold } from '../plan-fold.js';
import { refoldWrites } from '../refold-writes.js';

/** Keeps the `aggregate_events` table in step with the `events` table, inside the caller's transaction. */
export interface AggregateIndex {
  /** Adds the fold keys and dates of the stored events of the article at `seq` to `changes`. */
  noteChanges(seq: number | bigint, changes: FoldChanges): void;
  /** Folds the mentions around each changed date again, replacing the events they were in (see planFold). */
  fold(changes: FoldChanges): void;
  /** Stores imported events, replacing those with the same GDELT id. */
  putImported(events: readonly ImportedEvent[]): void;
}

const MENTIONS = `SELECT a.id AS article_id, e.event_index, e.event_date, a.source AS article_source,
    a.url AS article_url, e.tone, e.code, e.root_code, e.quad_class, e.source_actor, e.target_actor,
    e.source_country, e.target_country, e.source_name, e.target_name, e.goldstein, e.place_name,
    e.place_country, e.lat, e.lon
  FROM events e JOIN articles a ON a.seq = e.seq`;

export function createAggregateIndex(db: Database.Database): AggregateIndex {
  const dates = db.prepare<[number | bigint], { fold_key: string; event_date: string | null }>(
    'SELECT DISTINCT fold_key, event_date FROM events WHERE seq = ?',
  );
  const spans = db.prepare<{ key: string; from: string; to: string }, FoldedSpan>(
    `SELECT id, first_seen, last_seen FROM aggregate_events
     WHERE fold_key = @key AND origin = 'newsgraph'
       AND (first_seen IS NULL OR (last_seen >= @from AND first_seen <= @to))`,
  );
  const dated = db.prepare<{ key: string; from: string; to: string }, FoldMention>(
    `${MENTIONS} WHERE e.fold_key = @key AND e.event_date BETWEEN @from AND @to`,
  );
  const undated = db.prepare<[string], FoldMention>(
    `${MENTIONS} WHERE e.fold_key = ? AND e.event_date IS NULL`,
  );
  const storedRows = db.prepare<[string], AggregateRow>(
    `SELECT ${AGGREGATE_COLUMNS} FROM aggregate_events WHERE id IN (SELECT value FROM json_each(?))`,
  );
  const remove = db.prepare<[string]>(
    'DELETE FROM aggregate_events WHERE id IN (SELECT value FROM json_each(?))',
  );
  const insert = db.prepare<AggregateRow>(
    `INSERT OR REPLACE INTO aggregate_events (id, origin, fold_key, first_seen, last_seen, code, root_code,
       quad_class, source_actor, target_actor, source_country, target_country, num_mentions, record)
     VALUES (@id, @origin, @fold_key, @first_seen, @last_seen, @code, @root_code, @quad_class, @source_actor,
       @target_actor, @source_country, @target_country, @num_mentions, @record)`,
  );
  return {
    noteChanges(seq, changes) {
      for (const row of dates.all(seq)) noteChange(changes, row.fold_key, row.event_date);
    },
    fold(changes) {
      const now = new Date().toISOString();
      for (const [key, changed] of changes) {
        const plan = planFold(spans.all({ key, ...foldReach(changed) }), changed);
        const stored = storedRows.all(JSON.stringify(plan.ids));
        const previousIds = new Map<string, string>();
        for (const row of stored) {
          for (const ref of (JSON.parse(row.record) as AggregateEvent).mentions) {
            previousIds.set(mentionKey(ref), row.id);
          }
        }
        const mentions = [
          ...(plan.from !== null && plan.to !== null ? dated.all({ key, from: plan.from, to: plan.to }) : []),
          ...(plan.undated ? undated.all(key) : []),
        ];
        const first = mentions[0];
        const rows = first
          ? foldMentions(mentions, previousIds, now).map((event) =>
              aggregateRow(event, { ...first, fold_key: key }),
            )
          : [];
        const writes = refoldWrites(stored, rows);
        if (writes.remove.length > 0) remove.run(JSON.stringify(writes.remove));
        for (const row of writes.upsert) insert.run(row);
      }
    },
    putImported(events) {
      for (const imported of events) insert.run(aggregateRow(importedEvent(imported)));
    },
  };
}

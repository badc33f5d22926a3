import type { PoolClient } from 'pg';
import { AGGREGATE_COLUMNS, type AggregateRow, aggregateRow, importedEvent } from '../aggregate-row.js';
import type { AggregateEvent, ImportedEvent } from '../aggregate-types.js';
import { type FoldMention, foldMentions, mentionKey } from '../fold-mentions.js';
import { type FoldChanges, type FoldedSpan, foldReach, noteChange, planFold } from '../plan-fold.js';
import { refoldWrites } from '../refold-writes.js';

/** Adds the fold keys and dates of the stored events of these articles to `changes`. */
export async function noteStoredChanges(
  client: PoolClient,
  articleIds: readonly string[],
  changes: FoldChanges,
): Promise<void> {
  if (articleIds.length === 0) return;
  const { rows } = await client.query<{ fold_key: string; event_date: string | null }>(
    'SELECT DISTINCT fold_key, event_date FROM events WHERE article_id = ANY($1) AND fold_key IS NOT NULL',
    [articleIds],
  );
  for (const row of rows) noteChange(changes, row.fold_key, row.event_date);
}

/**
 * Folds the mentions around each changed date again, replacing the events they were in (see
 * planFold), inside the caller's transaction. Each key is locked first (in one order, so that
 * writers cannot deadlock): a writer folding a key waits for another's commit, then reads its
 * mentions too, so that counts stay right with any number of workers.
 */
export async function foldAggregateEvents(client: PoolClient, changes: FoldChanges): Promise<void> {
  const keys = [...changes.keys()].sort();
  if (keys.length === 0) return;
  await client.query(
    `SELECT pg_advisory_xact_lock(lock) FROM (
       SELECT DISTINCT hashtextextended('fold:' || key, 0) AS lock FROM unnest($1::text[]) AS key ORDER BY lock
     ) AS locks`,
    [keys],
  );
  const reaches = keys.map((key) => foldReach(changes.get(key) ?? new Set()));
  // Both reads below look each key up in its index (a lateral subquery that OFFSET 0 keeps from
  // being merged into a join). As joins, tables of a few thousand rows were planned as scans of
  // all of them hashed against the keys, which the plan cache kept: 4.1 ms a batch to read the
  // events to fold that way, 0.9 ms looked up by key.
  const { rows: spansStored } = await client.query<FoldedSpan & { fold_key: string }>(
    `SELECT g.fold_key, g.id, g.first_seen, g.last_seen
     FROM unnest($1::text[], $2::text[], $3::text[]) AS r (key, reach_from, reach_to)
     CROSS JOIN LATERAL (
       SELECT g.fold_key, g.id, g.first_seen, g.last_seen FROM aggregate_events g
       WHERE g.fold_key = r.key AND g.origin = 'newsgraph'
         AND (g.first_seen IS NULL OR (g.last_seen >= r.reach_from AND g.first_seen <= r.reach_to))
       OFFSET 0
     ) AS g`,
    [keys, reaches.map((reach) => reach.from), reaches.map((reach) => reach.to)],
  );
  const spans = new Map<string, FoldedSpan[]>();
  for (const span of spansStored) spans.set(span.fold_key, [...(spans.get(span.fold_key) ?? []), span]);
  const plans = keys.map((key) => ({
    key,
    ...planFold(spans.get(key) ?? [], changes.get(key) ?? new Set()),
  }));
  const { rows: mentions } = await client.query<FoldMention & { fold_key: string }>(
    `SELECT e.fold_key, e.article_id, e.event_index, e.event_date, a.source AS article_source,
       a.url AS article_url, e.tone, e.code, e.root_code, e.quad_class, e.source_actor, e.target_actor,
       e.source_country, e.target_country, e.source_name, e.target_name, e.goldstein, e.place_name,
       e.place_country, e.lat, e.lon
     FROM unnest($1::text[], $2::text[], $3::text[], $4::boolean[]) AS p (key, date_from, date_to, undated)
     CROSS JOIN LATERAL (
       SELECT * FROM events e WHERE e.fold_key = p.key
         AND (e.event_date BETWEEN p.date_from AND p.date_to OR (p.undated AND e.event_date IS NULL))
       OFFSET 0
     ) AS e
     JOIN articles a ON a.id = e.article_id AND a.published_month = e.published_month`,
    [
      plans.map((plan) => plan.key),
      plans.map((plan) => plan.from),
      plans.map((plan) => plan.to),
      plans.map((plan) => plan.undated),
    ],
  );
  const { rows: stored } = await client.query<AggregateRow>(
    `SELECT ${AGGREGATE_COLUMNS} FROM aggregate_events WHERE id = ANY($1)`,
    [plans.flatMap((plan) => plan.ids)],
  );
  const previousIds = new Map<string, string>();
  for (const row of stored) {
    for (const ref of (JSON.parse(row.record) as AggregateEvent).mentions)
      previousIds.set(mentionKey(ref), row.id);
  }
  const byKey = new Map<string, (FoldMention & { fold_key: string })[]>();
  for (const mention of mentions) {
    const group = byKey.get(mention.fold_key);
    if (group) group.push(mention);
    else byKey.set(mention.fold_key, [mention]);
  }
  const now = new Date().toISOString();
  const rows: AggregateRow[] = [];
  for (const group of byKey.values()) {
    for (const event of foldMentions(group, previousIds, now)) rows.push(aggregateRow(event, group[0]));
  }
  const writes = refoldWrites(stored, rows);
  if (writes.remove.length > 0)
    await client.query('DELETE FROM aggregate_events WHERE id = ANY($1)', [writes.remove]);
  await upsert(client, writes.upsert);
}

/** Stores imported GDELT events; the same GlobalEventID replaces the stored one. */
export async function putImportedEvents(client: PoolClient, events: readonly ImportedEvent[]): Promise<void> {
  await upsert(
    client,
    events.map((event) => aggregateRow(importedEvent(event))),
  );
}

async function upsert(client: PoolClient, rows: readonly AggregateRow[]): Promise<void> {
  // In pages: an import of a day of GDELT (100,000 events) in one JSON parameter is too large.
  for (let start = 0; start < rows.length; start += 2000) {
    await client.query(
      `INSERT INTO aggregate_events SELECT * FROM json_populate_recordset(NULL::aggregate_events, $1::json)
       ON CONFLICT (id) DO UPDATE SET origin = excluded.origin, fold_key = excluded.fold_key,
         first_seen = excluded.first_seen, last_seen = excluded.last_seen, code = excluded.code,
         root_code = excluded.root_code, quad_class = excluded.quad_class, source_actor = excluded.source_actor,
         target_actor = excluded.target_actor, source_country = excluded.source_country,
         target_country = excluded.target_country, num_mentions = excluded.num_mentions, record = excluded.record`,
      [JSON.stringify(rows.slice(start, start + 2000))],
    );
  }
}

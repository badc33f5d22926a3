import type { PoolClient } from 'pg';
import { type AggregateRow, aggregateRow, importedEvent } from '../aggregate-row.js';
import type { AggregateEvent, ImportedEvent } from '../aggregate-types.js';
import { type FoldMention, foldMentions, mentionKey } from '../fold-mentions.js';

/** The fold keys of the stored events of these articles. */
export async function foldKeysOf(client: PoolClient, articleIds: readonly string[]): Promise<string[]> {
  if (articleIds.length === 0) return [];
  const { rows } = await client.query<{ fold_key: string }>(
    'SELECT DISTINCT fold_key FROM events WHERE article_id = ANY($1) AND fold_key IS NOT NULL',
    [articleIds],
  );
  return rows.map((row) => row.fold_key);
}

/**
 * Folds the stored mentions of each key again, replacing that key's aggregate events, inside the
 * caller's transaction. Each key is locked first (in one order, so that writers cannot deadlock):
 * a writer folding a key waits for another's commit, then reads its mentions too, so that counts
 * stay right with any number of workers.
 */
export async function foldAggregateEvents(client: PoolClient, keys: Iterable<string>): Promise<void> {
  const sorted = [...new Set(keys)].sort();
  if (sorted.length === 0) return;
  await client.query(
    `SELECT pg_advisory_xact_lock(lock) FROM (
       SELECT DISTINCT hashtextextended('fold:' || key, 0) AS lock FROM unnest($1::text[]) AS key ORDER BY lock
     ) AS locks`,
    [sorted],
  );
  const now = new Date().toISOString();
  const { rows: mentions } = await client.query<FoldMention & { fold_key: string }>(
    `SELECT e.fold_key, e.article_id, e.event_index, e.event_date, a.source AS article_source,
       a.url AS article_url, e.tone, e.code, e.root_code, e.quad_class, e.source_actor, e.target_actor,
       e.source_country, e.target_country, e.source_name, e.target_name, e.goldstein, e.place_name,
       e.place_country, e.lat, e.lon
     FROM events e JOIN articles a ON a.id = e.article_id AND a.published_month = e.published_month
     WHERE e.fold_key = ANY($1)`,
    [sorted],
  );
  const { rows: previous } = await client.query<{ id: string; record: string }>(
    `DELETE FROM aggregate_events WHERE fold_key = ANY($1) AND origin = 'newsgraph' RETURNING id, record`,
    [sorted],
  );
  const previousIds = new Map<string, string>();
  for (const row of previous) {
    for (const ref of (JSON.parse(row.record) as AggregateEvent).mentions)
      previousIds.set(mentionKey(ref), row.id);
  }
  const byKey = new Map<string, (FoldMention & { fold_key: string })[]>();
  for (const mention of mentions)
    byKey.set(mention.fold_key, [...(byKey.get(mention.fold_key) ?? []), mention]);
  const rows: AggregateRow[] = [];
  for (const [key, group] of byKey) {
    for (const event of foldMentions(key, group, previousIds, now)) rows.push(aggregateRow(event, group[0]));
  }
  await upsert(client, rows);
}

/** Stores imported GDELT events; the same GlobalEventID replaces the stored one. */
export async function putImportedEvents(client: PoolClient, events: readonly ImportedEvent[]): Promise<void> {
  await upsert(
    client,
    events.map((event) => aggregateRow(importedEvent(event))),
  );
}

async function upsert(client: PoolClient, rows: readonly AggregateRow[]): Promise<void> {
  // In pages: one JSON parameter for 10,000 folded mentions of one event is still small, but an
  // import of a day of GDELT (100,000 events) is not.
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

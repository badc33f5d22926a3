import type { Pool } from 'pg';
import type {
  AggregateEvent,
  AggregateEventList,
  AggregateEventQuery,
  AggregateEventScan,
} from '../store.js';
import { QueryParameters } from './query-parameters.js';

/**
 * Filters and pages `aggregate_events`: the event filters as `listEvents` takes them, a date
 * range that the event's first-to-last-seen span overlaps, and the origin.
 */
export async function selectAggregateEvents(
  pool: Pool,
  query: AggregateEventQuery,
): Promise<AggregateEventList> {
  const parameters = new QueryParameters();
  const conditions = aggregateConditions(query, parameters);
  const from = `FROM aggregate_events WHERE ${conditions.length > 0 ? conditions.join(' AND ') : 'true'}`;
  const filterValues = [...parameters.values];
  const [count, page] = await Promise.all([
    pool.query<{ total: number }>(`SELECT count(*)::int AS total ${from}`, filterValues),
    pool.query<{ record: string }>(
      `SELECT record ${from} ORDER BY last_seen DESC NULLS LAST, num_mentions DESC, id
       LIMIT ${parameters.add(query.limit ?? 20)} OFFSET ${parameters.add(query.offset ?? 0)}`,
      parameters.values,
    ),
  ]);
  return {
    events: page.rows.map((row) => JSON.parse(row.record) as AggregateEvent),
    total: count.rows[0]?.total ?? 0,
  };
}

/**
 * A page of `scanAggregateEvents`: the filtered events in id order after the id where the page
 * before ended, read along the primary key, so that a page costs the same wherever it begins.
 */
export async function selectAggregateEventScan(
  pool: Pool,
  scan: AggregateEventScan,
): Promise<AggregateEvent[]> {
  const parameters = new QueryParameters();
  const conditions = [`id > ${parameters.add(scan.after ?? '')}`, ...aggregateConditions(scan, parameters)];
  const { rows } = await pool.query<{ record: string }>(
    `SELECT record FROM aggregate_events WHERE ${conditions.join(' AND ')}
     ORDER BY id LIMIT ${parameters.add(scan.limit)}`,
    parameters.values,
  );
  return rows.map((row) => JSON.parse(row.record) as AggregateEvent);
}

function aggregateConditions(
  query: Omit<AggregateEventQuery, 'limit' | 'offset'>,
  parameters: QueryParameters,
): string[] {
  const conditions: string[] = [];
  if (query.actor) {
    const actor = parameters.add(query.actor);
    const end = parameters.add(`${query.actor}\uffff`);
    conditions.push(
      `((source_actor >= ${actor} AND source_actor < ${end}) OR (target_actor >= ${actor} AND target_actor < ${end}))`,
    );
  }
  if (query.country) {
    const country = parameters.add(query.country);
    conditions.push(`(source_country = ${country} OR target_country = ${country})`);
  }
  if (query.code) conditions.push(`code = ${parameters.add(query.code)}`);
  if (query.root) conditions.push(`root_code = ${parameters.add(query.root)}`);
  if (query.quad !== undefined) conditions.push(`quad_class = ${parameters.add(query.quad)}`);
  if (query.origin) conditions.push(`origin = ${parameters.add(query.origin)}`);
  if (query.from) conditions.push(`last_seen >= ${parameters.add(query.from)}`);
  if (query.to) conditions.push(`first_seen <= ${parameters.add(query.to)}`);
  return conditions;
}

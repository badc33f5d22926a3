import type {
  AggregateEvent,
  AggregateEventList,
  AggregateEventQuery,
  AggregateEventScan,
} from '../store.js';
import type { Parameters, PrepareStatement } from './select-events.js';

/**
 * Filters and pages `aggregate_events`: the event filters as `listEvents` takes them, a date
 * range that the event's first-to-last-seen span overlaps, and the origin.
 */
export function selectAggregateEvents(
  prepare: PrepareStatement,
  query: AggregateEventQuery,
): AggregateEventList {
  const { conditions, parameters } = aggregateConditions(query);
  const from = `FROM aggregate_events ${conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : ''}`;
  const total = prepare<{ total: number }>(`SELECT count(*) AS total ${from}`).get(parameters)?.total ?? 0;
  const events = prepare<{ record: string }>(
    `SELECT record ${from} ORDER BY last_seen IS NULL, last_seen DESC, num_mentions DESC, id
     LIMIT @limit OFFSET @offset`,
  )
    .all({ ...parameters, limit: query.limit ?? 20, offset: query.offset ?? 0 })
    .map((row) => JSON.parse(row.record) as AggregateEvent);
  return { events, total };
}

/**
 * A page of `scanAggregateEvents`: the filtered events in id order after the id where the page
 * before ended, read along the index of ids, so that a page costs the same wherever it begins.
 */
export function selectAggregateEventScan(
  prepare: PrepareStatement,
  scan: AggregateEventScan,
): AggregateEvent[] {
  const { conditions, parameters } = aggregateConditions(scan);
  return prepare<{ record: string }>(
    `SELECT record FROM aggregate_events WHERE ${['id > @after', ...conditions].join(' AND ')}
     ORDER BY id LIMIT @limit`,
  )
    .all({ ...parameters, after: scan.after ?? '', limit: scan.limit })
    .map((row) => JSON.parse(row.record) as AggregateEvent);
}

function aggregateConditions(query: Omit<AggregateEventQuery, 'limit' | 'offset'>): {
  conditions: string[];
  parameters: Parameters;
} {
  const conditions: string[] = [];
  const parameters: Parameters = {};
  if (query.actor) {
    conditions.push(
      '((source_actor >= @actor AND source_actor < @actorEnd) OR (target_actor >= @actor AND target_actor < @actorEnd))',
    );
    parameters.actor = query.actor;
    parameters.actorEnd = `${query.actor}\uffff`;
  }
  if (query.country) {
    conditions.push('(source_country = @country OR target_country = @country)');
    parameters.country = query.country;
  }
  if (query.code) {
    conditions.push('code = @code');
    parameters.code = query.code;
  }
  if (query.root) {
    conditions.push('root_code = @root');
    parameters.root = query.root;
  }
  if (query.quad !== undefined) {
    conditions.push('quad_class = @quad');
    parameters.quad = query.quad;
  }
  if (query.origin) {
    conditions.push('origin = @origin');
    parameters.origin = query.origin;
  }
  if (query.from) {
    conditions.push('last_seen >= @from');
    parameters.from = query.from;
  }
  if (query.to) {
    conditions.push('first_seen <= @to');
    parameters.to = query.to;
  }
  return { conditions, parameters };
}

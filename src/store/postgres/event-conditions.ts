import { dayAfter } from '../day-after.js';
import type { EventQuery } from '../store.js';
import type { QueryParameters } from './query-parameters.js';

/** The filters of an event query as SQL over `events e` (and its article `f` for a source). */
export interface EventConditions {
  /** `FROM events e [JOIN articles f] WHERE ...`, always with a WHERE clause, so more may be added with AND. */
  from: string;
  /** Whether any filter other than the date range is set. */
  isFiltered: boolean;
}

export function eventConditions(query: EventQuery, parameters: QueryParameters): EventConditions {
  const conditions: string[] = [];
  if (query.actor) {
    const actor = parameters.add(query.actor);
    const end = parameters.add(`${query.actor}\uffff`);
    conditions.push(
      `((e.source_actor >= ${actor} AND e.source_actor < ${end}) OR (e.target_actor >= ${actor} AND e.target_actor < ${end}))`,
    );
  }
  if (query.country) {
    const country = parameters.add(query.country);
    conditions.push(`(e.source_country = ${country} OR e.target_country = ${country})`);
  }
  if (query.code) conditions.push(`e.code = ${parameters.add(query.code)}`);
  if (query.root) conditions.push(`e.root_code = ${parameters.add(query.root)}`);
  if (query.quad !== undefined) conditions.push(`e.quad_class = ${parameters.add(query.quad)}`);
  if (query.source) conditions.push(`lower(f.source) = lower(${parameters.add(query.source)})`);
  const isFiltered = conditions.length > 0;
  if (query.from) conditions.push(`e.event_date >= ${parameters.add(query.from)}`);
  if (query.to) conditions.push(`e.event_date < ${parameters.add(dayAfter(query.to))}`);
  const from = [
    'FROM events e',
    query.source ? 'JOIN articles f ON f.id = e.article_id AND f.published_month = e.published_month' : '',
    `WHERE ${conditions.length > 0 ? conditions.join(' AND ') : 'true'}`,
  ].join(' ');
  return { from, isFiltered };
}

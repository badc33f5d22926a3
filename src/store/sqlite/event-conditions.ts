import { dayAfter } from '../day-after.js';
import type { EventQuery } from '../store.js';

/** The filters of an event query as SQL over `events e` (and `article_filters f` for a source). */
export interface EventConditions {
  /** `FROM events e [JOIN article_filters f] [WHERE ...]`. */
  from: string;
  parameters: Record<string, string | number>;
  /** Whether any filter other than the date range is set. */
  isFiltered: boolean;
}

export function eventConditions(query: EventQuery): EventConditions {
  const conditions: string[] = [];
  const parameters: Record<string, string | number> = {};
  if (query.actor) {
    conditions.push(
      '((e.source_actor >= @actor AND e.source_actor < @actorEnd) OR (e.target_actor >= @actor AND e.target_actor < @actorEnd))',
    );
    parameters.actor = query.actor;
    parameters.actorEnd = `${query.actor}\uffff`;
  }
  if (query.country) {
    conditions.push('(e.source_country = @country OR e.target_country = @country)');
    parameters.country = query.country;
  }
  if (query.code) {
    conditions.push('e.code = @code');
    parameters.code = query.code;
  }
  if (query.root) {
    conditions.push('e.root_code = @root');
    parameters.root = query.root;
  }
  if (query.quad !== undefined) {
    conditions.push('e.quad_class = @quad');
    parameters.quad = query.quad;
  }
  if (query.source) {
    conditions.push('f.source = @source COLLATE NOCASE');
    parameters.source = query.source;
  }
  const isFiltered = conditions.length > 0;
  if (query.from) {
    conditions.push('e.event_date >= @from');
    parameters.from = query.from;
  }
  if (query.to) {
    conditions.push('e.event_date < @before');
    parameters.before = dayAfter(query.to);
  }
  const from = [
    'FROM events e',
    query.source ? 'JOIN article_filters f ON f.seq = e.seq' : '',
    conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '',
  ].join(' ');
  return { from, parameters, isFiltered };
}

import type { EventQuery, Timeline } from '../store.js';
import { type DayRow, timelineDays } from '../timeline-days.js';
import { eventConditions } from './event-conditions.js';
import type { PrepareStatement } from './select-events.js';

/**
 * Events per day and QuadClass: from `event_days`, a few rows per day kept as events change,
 * when only dates filter; else grouped from the matching events.
 */
export function selectTimeline(prepare: PrepareStatement, query: EventQuery): Timeline {
  const { from, parameters, isFiltered } = eventConditions(query);
  const sql = isFiltered
    ? `SELECT e.event_date AS date, e.quad_class AS quad, count(*) AS events, total(e.goldstein) AS goldstein
       ${from} ${from.includes('WHERE') ? 'AND' : 'WHERE'} e.event_date IS NOT NULL
       GROUP BY e.event_date, e.quad_class ORDER BY e.event_date`
    : `SELECT e.event_date AS date, e.quad_class AS quad, e.events, e.goldstein_sum AS goldstein
       FROM event_days e WHERE e.events > 0
       ${parameters.from ? 'AND e.event_date >= @from' : ''} ${parameters.before ? 'AND e.event_date < @before' : ''}
       ORDER BY e.event_date`;
  return { days: timelineDays(prepare<DayRow>(sql).all(parameters)) };
}

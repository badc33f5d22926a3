import type { Pool } from 'pg';
import type { EventQuery, Timeline } from '../store.js';
import { type DayRow, timelineDays } from '../timeline-days.js';
import { eventConditions } from './event-conditions.js';
import { QueryParameters } from './query-parameters.js';

/** Events per day and QuadClass, grouped from the matching dated events. */
export async function selectTimeline(pool: Pool, query: EventQuery): Promise<Timeline> {
  const parameters = new QueryParameters();
  const { from } = eventConditions(query, parameters);
  const { rows } = await pool.query<DayRow>(
    `SELECT e.event_date AS date, e.quad_class AS quad, count(*)::int AS events, sum(e.goldstein) AS goldstein
     ${from} AND e.event_date IS NOT NULL
     GROUP BY e.event_date, e.quad_class ORDER BY e.event_date`,
    parameters.values,
  );
  return { days: timelineDays(rows) };
}

import type { Pool } from 'pg';
import { roundMean } from '../sqlite/select-timeline.js';
import type { EventQuery, Timeline } from '../store.js';
import { eventConditions } from './event-conditions.js';
import { QueryParameters } from './query-parameters.js';

interface DayRow {
  date: string;
  quad: number;
  events: number;
  goldstein: number;
}

const QUAD_FIELDS = [
  'verbalCooperation',
  'materialCooperation',
  'verbalConflict',
  'materialConflict',
] as const;

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
  const days: Timeline['days'] = [];
  const sums: number[] = [];
  for (const row of rows) {
    let day = days.at(-1);
    if (day?.date !== row.date) {
      day = {
        date: row.date,
        events: 0,
        verbalCooperation: 0,
        materialCooperation: 0,
        verbalConflict: 0,
        materialConflict: 0,
        goldsteinMean: 0,
      };
      days.push(day);
      sums.push(0);
    }
    const field = QUAD_FIELDS[row.quad - 1];
    if (field) day[field] += row.events;
    day.events += row.events;
    sums[sums.length - 1] = (sums.at(-1) ?? 0) + row.goldstein;
  }
  days.forEach((day, index) => {
    day.goldsteinMean = roundMean(sums[index] ?? 0, day.events);
  });
  return { days };
}

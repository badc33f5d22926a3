import type { EventQuery, Timeline } from '../store.js';
import { eventConditions } from './event-conditions.js';
import type { PrepareStatement } from './select-events.js';

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
  const days: Timeline['days'] = [];
  const sums: number[] = [];
  for (const row of prepare<DayRow>(sql).all(parameters)) {
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

/** A mean to two decimals; Goldstein values have one, and summing them drifts in floating point. */
export function roundMean(sum: number, count: number): number {
  return count === 0 ? 0 : Math.round((sum / count) * 100) / 100;
}

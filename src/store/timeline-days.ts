import type { Timeline } from './store.js';

/** Events of one day and QuadClass, with the sum of their Goldstein values, as both stores group them. */
export interface DayRow {
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

/** The timeline's days from rows ordered by date: one day per date, its events counted by QuadClass. */
export function timelineDays(rows: Iterable<DayRow>): Timeline['days'] {
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
  return days;
}

/** A mean to two decimals (Goldstein values have one, and summing them drifts in floating point); 0 for none. */
export function roundMean(sum: number, count: number): number {
  return count === 0 ? 0 : Math.round((sum / count) * 100) / 100;
}

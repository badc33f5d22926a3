/** The ISO date after `date` (`2018-06-17` -> `2018-06-18`), for inclusive date ranges. */
export function dayAfter(date: string): string {
  const day = new Date(`${date.slice(0, 10)}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

/**
 * GDELT's FractionDate: the year and the day of the year over 365, to four places, as GDELT's own
 * files have it (2019-01-25, the 25th day: 2019.0685), at most year + 0.9999.
 */
export function fractionDate(isoDate: string): number {
  const [year, month, day] = isoDate.slice(0, 10).split('-').map(Number) as [number, number, number];
  const dayOfYear = (Date.UTC(year, month - 1, day) - Date.UTC(year, 0, 1)) / 86_400_000 + 1;
  // The last day (two in a leap year) would round into the next year: the fraction stops at 0.9999.
  return Math.round((year + Math.min(dayOfYear / 365, 0.9999)) * 10_000) / 10_000;
}

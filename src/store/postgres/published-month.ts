/** The month of undated articles (and of dates that are not ISO), before every other. */
const UNDATED_MONTH = '-infinity';

/**
 * The partition key of an article and its layer rows: the first day of its publication month
 * (`2018-06-17T09:30:00Z` -> `2018-06-01`), as written, without converting time zones.
 */
export function publishedMonth(publishedAt: string): string {
  const match = /^(\d{4})-(\d{2})/.exec(publishedAt);
  const month = Number(match?.[2]);
  return match && match[1] !== '0000' && month >= 1 && month <= 12
    ? `${match[1]}-${match[2]}-01`
    : UNDATED_MONTH;
}

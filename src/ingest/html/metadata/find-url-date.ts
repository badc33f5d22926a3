/**
 * The publication day a page's URL gives, `YYYY-MM-DD`, when the path holds a full date:
 * `/2018/06/17/`, `/2018-06-17-title`, `/20180617/`, `_2018_06_17`. A year and month alone
 * (`/2018/06/`) say too little and give nothing. The date must exist and not be in the future.
 */
export function findUrlDate(url: string | undefined, now = new Date()): string | undefined {
  if (!url) return undefined;
  const path = url.replace(/^[a-z]+:\/\/[^/]+/i, '');
  const match =
    /(?<!\d)((?:19|20)\d{2})([-/_.])(\d{1,2})\2(\d{1,2})(?!\d)/.exec(path) ??
    /(?<![\d])((?:19|20)\d{2})()(\d{2})(\d{2})(?![\d])/.exec(path);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[3]), Number(match[4])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (year < 1995 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  if (date.getTime() > now.getTime()) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** One page of htmldate's evaluation set. */
export interface DatePage {
  key: string;
  url: string;
  /** The publication day, `YYYY-MM-DD`, or null when the page has none. */
  date: string | null;
  /** Even positions in key order: the half the date finder was tuned on. */
  isDev: boolean;
  html: string;
}

export const DATES_FOLDER = join(import.meta.dirname, '../../../shared/data/extraction/htmldate-1000');

/** The pages of htmldate-1000 in key order, the first `limit` of them. */
export function readDatePages(limit = Number.POSITIVE_INFINITY): DatePage[] {
  const truth = JSON.parse(readFileSync(join(DATES_FOLDER, 'ground-truth.json'), 'utf8')) as Record<
    string,
    { url: string; date: string | null }
  >;
  return Object.keys(truth)
    .sort()
    .slice(0, limit)
    .map((key, index) => ({
      key,
      url: truth[key]?.url ?? '',
      date: truth[key]?.date ?? null,
      isDev: index % 2 === 0,
      html: gunzipSync(readFileSync(join(DATES_FOLDER, 'html', `${key}.html.gz`))).toString('utf8'),
    }));
}

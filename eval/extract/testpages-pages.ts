import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** Readability's expected metadata for one of its test pages; null where it finds nothing. */
export interface TestpageTruth {
  url: string;
  title: string | null;
  author: string | null;
  description: string | null;
  date: string | null;
  lang: string | null;
  siteName: string | null;
}

export interface Testpage {
  key: string;
  truth: TestpageTruth;
  html: string;
}

export const TESTPAGES_FOLDER = join(
  import.meta.dirname,
  '../../../shared/data/extraction/readability-testpages',
);

/** Readability's test pages in key order, the first `limit` of them. */
export function readTestpages(limit = Number.POSITIVE_INFINITY): Testpage[] {
  const truth = JSON.parse(readFileSync(join(TESTPAGES_FOLDER, 'ground-truth.json'), 'utf8')) as Record<
    string,
    TestpageTruth
  >;
  return Object.keys(truth)
    .sort()
    .slice(0, limit)
    .flatMap((key) => {
      const entry = truth[key];
      if (!entry) return [];
      const html = gunzipSync(readFileSync(join(TESTPAGES_FOLDER, 'html', `${key}.html.gz`))).toString(
        'utf8',
      );
      return [{ key, truth: entry, html }];
    });
}

import type { PageMetadata } from '../../src/ingest/html/metadata/read-metadata.js';
import type { TestpageTruth } from './testpages-pages.js';

/**
 * Per field, whether the metadata agrees with Readability's; undefined where Readability found
 * nothing, since its null means "not found" and not "there is none" (most of newsgraph's dates on
 * those pages are right).
 */
export interface TestpageAgreement {
  title?: boolean;
  author?: boolean;
  description?: boolean;
  date?: boolean;
  language?: boolean;
  siteName?: boolean;
}

/**
 * Compares metadata with a Readability test page's expected values, on the fields where Readability
 * gives one, after normalising both sides: Unicode NFKC, lower case, every run of non-letters and
 * non-digits one space.
 * - title: equal, or equal once a site name after or before a separator (" | ", " - ", " — ",
 *   " :: ", " _ ") is removed from either side (newsgraph removes site names, Readability often keeps them);
 * - author: the names, with "By " and line breaks dropped, in order, equal;
 * - description: equal, or one is the other cut short (a truncated `og:description`), at least 40 characters;
 * - date: the same day (the first ten characters);
 * - language: the same primary subtag (`en-US` and `en` agree);
 * - siteName: equal.
 */
export function compareTestpage(metadata: PageMetadata, truth: TestpageTruth): TestpageAgreement {
  const agreement: TestpageAgreement = {};
  if (truth.title) agreement.title = sameTitle(metadata.title, truth.title);
  if (truth.author) agreement.author = sameText(metadata.authors.join(', '), stripBy(truth.author));
  if (truth.description) agreement.description = sameDescription(metadata.lede, truth.description);
  if (truth.date) agreement.date = metadata.publishedAt?.slice(0, 10) === truth.date.slice(0, 10);
  if (truth.lang) agreement.language = primary(metadata.language) === primary(truth.lang);
  if (truth.siteName) agreement.siteName = sameText(metadata.siteName, truth.siteName);
  return agreement;
}

export function normalizeText(text: string | null | undefined): string {
  return (text ?? '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function sameText(a: string | null | undefined, b: string | null | undefined): boolean {
  return normalizeText(a) === normalizeText(b);
}

const SEPARATOR = /\s+(?:[|\-–—·•»:/\\_]{1,2})\s+|\s*\|\s*|\s+_(?=\S)/g;

function sameTitle(predicted: string, truth: string | null): boolean {
  const forms = (title: string) => {
    const cuts = [...title.matchAll(SEPARATOR)];
    return [
      title,
      ...cuts.flatMap((cut) => [title.slice(0, cut.index), title.slice(cut.index + cut[0].length)]),
    ].map(normalizeText);
  };
  const ours = forms(predicted);
  const theirs = forms(truth ?? '');
  return ours[0] === theirs[0] || ours.includes(theirs[0] ?? '') || theirs.includes(ours[0] ?? '');
}

function sameDescription(predicted: string | undefined, truth: string | null): boolean {
  const a = normalizeText(predicted);
  const b = normalizeText(truth);
  if (a === b) return true;
  const [shorter, longer] = a.length < b.length ? [a, b] : [b, a];
  return shorter.length >= 40 && longer.startsWith(shorter);
}

function stripBy(author: string | null): string | null {
  return author ? author.replace(/^\s*by\s+/i, '') : null;
}

function primary(language: string | null | undefined): string | undefined {
  return language?.toLowerCase().split(/[-_]/)[0];
}

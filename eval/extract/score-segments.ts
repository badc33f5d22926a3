/**
 * trafilatura's evaluation metric (adbar/trafilatura, `tests/eval_common.py`): after whitespace
 * normalisation, each `with` segment found in the output is a true positive (missing, a false
 * negative), each `without` segment found a false positive (absent, a true negative); counts are
 * summed over pages.
 */
export interface SegmentPage {
  with: string[];
  without: string[];
}

export interface SegmentCounts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export interface SegmentScores extends SegmentCounts {
  precision: number;
  recall: number;
  f1: number;
}

// Python's `\s` on str (str.isspace), which also counts the separators U+001C to U+001F.
// biome-ignore lint/suspicious/noControlCharactersInRegex: Python counts U+001C to U+001F as white space.
const PYTHON_SPACE = /[\t\n\v\f\r \x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/g;

/** Runs of white space become one space; the ends are trimmed. */
export function normalizeSpace(text: string): string {
  return text.replace(PYTHON_SPACE, ' ').trim();
}

/** One page's counts for an output text; `undefined` (the extractor failed) finds nothing. */
export function countSegments(page: SegmentPage, output: string | undefined): SegmentCounts {
  const text = output === undefined ? '' : normalizeSpace(output);
  const isFound = (segment: string) => output !== undefined && text.includes(normalizeSpace(segment));
  const tp = page.with.filter(isFound).length;
  const fp = page.without.filter(isFound).length;
  return { tp, fp, fn: page.with.length - tp, tn: page.without.length - fp };
}

/** Sums the pages' counts; a score whose denominator is 0 is 0. */
export function scoreSegments(pages: SegmentCounts[]): SegmentScores {
  const sum = { tp: 0, fp: 0, fn: 0, tn: 0 };
  for (const page of pages) {
    sum.tp += page.tp;
    sum.fp += page.fp;
    sum.fn += page.fn;
    sum.tn += page.tn;
  }
  const ratio = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);
  return {
    ...sum,
    precision: ratio(sum.tp, sum.tp + sum.fp),
    recall: ratio(sum.tp, sum.tp + sum.fn),
    f1: ratio(2 * sum.tp, 2 * sum.tp + sum.fp + sum.fn),
  };
}

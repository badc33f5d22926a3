/**
 * The article-extraction benchmark's own main-text metric (scrapinghub/article-extraction-benchmark,
 * `evaluate.py`): texts become multisets of 4-token shingles, each page's true positives, false
 * positives and false negatives are divided by their sum so every page weighs the same, and
 * precision and recall are means over pages.
 */
export interface ShingleCounts {
  /** Shares of the page's shingles, summing to 1 (or all 0 when both texts have no tokens). */
  tp: number;
  fp: number;
  fn: number;
}

export interface ShingleScores {
  precision: number;
  recall: number;
  f1: number;
  pages: number;
}

const SHINGLE_TOKENS = 4;
// Python's `\w` on str: letters, numbers (isalnum) and the underscore; combining marks split tokens.
const WORD = /[\p{L}\p{N}_]+/gu;

/** The runs of word characters of a text, case kept. */
export function tokenizeWords(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** The shingles of a text with their counts; fewer than four tokens make one shorter shingle. */
export function countShingles(text: string, size = SHINGLE_TOKENS): Map<string, number> {
  const tokens = tokenizeWords(text);
  const shingles = new Map<string, number>();
  if (tokens.length === 0) return shingles;
  const last = Math.max(1, tokens.length - size + 1);
  for (let i = 0; i < last; i++) {
    // A space cannot occur inside a token, so joining with one keeps shingles distinct.
    const shingle = tokens.slice(i, i + size).join(' ');
    shingles.set(shingle, (shingles.get(shingle) ?? 0) + 1);
  }
  return shingles;
}

/** One page's counts, normalised by their sum. */
export function matchShingles(truth: string, prediction: string): ShingleCounts {
  const truthShingles = countShingles(truth);
  const predictedShingles = countShingles(prediction);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [shingle, predicted] of predictedShingles) {
    const expected = truthShingles.get(shingle) ?? 0;
    tp += Math.min(expected, predicted);
    fp += Math.max(0, predicted - expected);
  }
  for (const [shingle, expected] of truthShingles)
    fn += Math.max(0, expected - (predictedShingles.get(shingle) ?? 0));
  const sum = tp + fp + fn;
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp, fp, fn };
}

function precisionOf({ tp, fp, fn }: ShingleCounts): number {
  if (fp === 0 && fn === 0) return 1;
  return tp + fp === 0 ? 0 : tp / (tp + fp);
}

function recallOf({ tp, fp, fn }: ShingleCounts): number {
  if (fp === 0 && fn === 0) return 1;
  return tp + fn === 0 ? 0 : tp / (tp + fn);
}

const mean = (values: number[]) =>
  values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length;

/**
 * Precision is the mean over pages with a non-empty prediction, recall over pages with a non-empty
 * truth, exactly as the benchmark's script filters them (so a page where both are empty counts in
 * neither mean); F1 is the harmonic mean of the two means.
 */
export function scoreShingles(pages: ShingleCounts[]): ShingleScores {
  const precision = mean(pages.filter((page) => page.tp + page.fp > 0).map(precisionOf));
  const recall = mean(pages.filter((page) => page.tp + page.fn > 0).map(recallOf));
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, pages: pages.length };
}

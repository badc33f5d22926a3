/** What a date finder said about one page, beside the page's true publication day. */
export interface DatePrediction {
  /** `YYYY-MM-DD`, or null when the page has no date. */
  truth: string | null;
  /** An ISO date or date-time; only its day (the first ten characters) counts. Undefined when none was given. */
  predicted?: string | undefined;
}

export interface DateScores {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  trueNegatives: number;
  precision: number;
  recall: number;
  f1: number;
  /** True positives over pages. */
  accuracy: number;
}

/**
 * htmldate's evaluation at day granularity: the same day is a true positive, another day a false
 * positive (also when the page has no date), no date a false negative, or a true negative when
 * the page has none. F1 = 2PR / (P + R); accuracy = true positives / pages.
 */
export function scoreDates(predictions: readonly DatePrediction[]): DateScores {
  let truePositives = 0;
  let falsePositives = 0;
  let falseNegatives = 0;
  let trueNegatives = 0;
  for (const { truth, predicted } of predictions) {
    const day = predicted?.slice(0, 10);
    if (!day) {
      if (truth) falseNegatives++;
      else trueNegatives++;
    } else if (day === truth) truePositives++;
    else falsePositives++;
  }
  const precision = ratio(truePositives, truePositives + falsePositives);
  const recall = ratio(truePositives, truePositives + falseNegatives);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return {
    truePositives,
    falsePositives,
    falseNegatives,
    trueNegatives,
    precision,
    recall,
    f1,
    accuracy: ratio(truePositives, predictions.length),
  };
}

function ratio(part: number, whole: number): number {
  return whole === 0 ? 0 : part / whole;
}

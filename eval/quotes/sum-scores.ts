import type { ArticleScore, ScoreCounts } from './score-article.js';

/** Precision, recall and F1; each 0 (not NaN) when its denominator is. */
export interface Detection {
  precision: number;
  recall: number;
  f1: number;
}

/** The figures of a set of articles, fractions from 0 to 1. */
export interface QuoteMetrics {
  detection: Detection;
  direct: Detection;
  indirect: Detection;
  /** Of matched quotations, the share whose speaker is right. */
  speakerAccuracy: number;
  /** Of matched quotations, the share whose speaker is the right one by name, its actor code aside. */
  speakerNameAccuracy: number;
  /** Of matched quotations with a gold cue, the share whose predicted cue overlaps it. */
  cueAccuracy: number;
  /** Of scare quotes, titles, labels, terms and measures, the share not predicted as quotations. */
  termRejection: number;
  counts: ScoreCounts;
}

/** Micro-averaged figures over articles: every quotation and every term counts once. */
export function sumScores(scores: readonly ArticleScore[]): QuoteMetrics {
  const counts = sumCounts(scores.map((score) => score.counts));
  return {
    detection: detectionOf(counts.matched, counts.matched, counts.predicted, counts.gold),
    direct: detectionOf(
      counts.predictedDirectRight,
      counts.goldDirectFound,
      counts.predictedDirect,
      counts.goldDirect,
    ),
    indirect: detectionOf(
      counts.predictedIndirectRight,
      counts.goldIndirectFound,
      counts.predicted - counts.predictedDirect,
      counts.gold - counts.goldDirect,
    ),
    speakerAccuracy: ratio(counts.speakersRight, counts.matched),
    speakerNameAccuracy: ratio(counts.speakerNamesRight, counts.matched),
    cueAccuracy: ratio(counts.cuesRight, counts.cuesJudged),
    termRejection: ratio(counts.termsRejected, counts.terms),
    counts,
  };
}

export function sumCounts(counts: readonly ScoreCounts[]): ScoreCounts {
  const total: ScoreCounts = {
    gold: 0,
    goldDirect: 0,
    predicted: 0,
    predictedDirect: 0,
    matched: 0,
    goldDirectFound: 0,
    goldIndirectFound: 0,
    predictedDirectRight: 0,
    predictedIndirectRight: 0,
    speakersRight: 0,
    speakerNamesRight: 0,
    cuesJudged: 0,
    cuesRight: 0,
    terms: 0,
    termsRejected: 0,
  };
  for (const each of counts)
    for (const key of Object.keys(total) as Array<keyof ScoreCounts>) total[key] += each[key];
  return total;
}

/** Per gold label (a style, a speaker form, a term kind): how many, and how many came out right. */
export interface Tally {
  label: string;
  total: number;
  right: number;
}

/** Gold quotations matched, by style. */
export function recallByStyle(scores: readonly ArticleScore[]): Tally[] {
  return tally(
    scores.flatMap((score) => score.outcomes.map((outcome) => [outcome.gold.style, !!outcome.predicted])),
  );
}

/** Matched quotations with the right speaker, by how the text refers to the speaker. */
export function speakersByForm(scores: readonly ArticleScore[]): Tally[] {
  return tally(
    scores.flatMap((score) =>
      score.outcomes
        .filter((outcome) => outcome.speaker)
        .map((outcome) => [outcome.gold.speaker.form, outcome.speaker?.isRight === true]),
    ),
  );
}

/** Terms not predicted as quotations, by kind. */
export function rejectionByKind(scores: readonly ArticleScore[]): Tally[] {
  return tally(
    scores.flatMap((score) => score.terms.map((entry) => [entry.term.kind, entry.predicted.length === 0])),
  );
}

function tally(labelled: ReadonlyArray<readonly [string, boolean]>): Tally[] {
  const byLabel = new Map<string, Tally>();
  for (const [label, isRight] of labelled) {
    const entry = byLabel.get(label) ?? { label, total: 0, right: 0 };
    byLabel.set(label, entry);
    entry.total += 1;
    if (isRight) entry.right += 1;
  }
  return [...byLabel.values()].sort((a, b) => b.total - a.total || a.label.localeCompare(b.label));
}

/** Precision from the predictions that are right, recall from the gold quotations found. */
function detectionOf(right: number, found: number, predicted: number, gold: number): Detection {
  const precision = ratio(right, predicted);
  const recall = ratio(found, gold);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

function ratio(part: number, whole: number): number {
  return whole === 0 ? 0 : part / whole;
}

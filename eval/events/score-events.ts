import type { EventTuple } from './compare-codes.js';

/** Which gold and which predicted events of one sentence were matched, by index. */
export interface SentenceMatch {
  goldMatched: boolean[];
  predictedMatched: boolean[];
  matched: number;
}

/** Totals over sentences; precision, recall and F1 are 0 when their denominator is. */
export interface EventScores {
  gold: number;
  predicted: number;
  matched: number;
  precision: number;
  recall: number;
  f1: number;
}

/**
 * Matches one sentence's events as multisets: each gold event is matched at most once, to an equal
 * predicted tuple not matched yet, so two equal gold events need two equal predictions. With exact
 * equality, matching in order finds as many pairs as any other matching.
 */
export function matchSentence(gold: readonly EventTuple[], predicted: readonly EventTuple[]): SentenceMatch {
  const predictedMatched = predicted.map(() => false);
  const goldMatched = gold.map((tuple) => {
    const at = predicted.findIndex(
      (candidate, index) => !predictedMatched[index] && isSame(tuple, candidate),
    );
    if (at === -1) return false;
    predictedMatched[at] = true;
    return true;
  });
  return { goldMatched, predictedMatched, matched: goldMatched.filter(Boolean).length };
}

/** Micro-averaged precision, recall and F1 over sentences: every event counts once. */
export function scoreEvents(
  sentences: ReadonlyArray<{ gold: readonly EventTuple[]; predicted: readonly EventTuple[] }>,
): EventScores {
  let gold = 0;
  let predicted = 0;
  let matched = 0;
  for (const sentence of sentences) {
    gold += sentence.gold.length;
    predicted += sentence.predicted.length;
    matched += matchSentence(sentence.gold, sentence.predicted).matched;
  }
  const precision = predicted === 0 ? 0 : matched / predicted;
  const recall = gold === 0 ? 0 : matched / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { gold, predicted, matched, precision, recall, f1 };
}

/** True when the two lists hold the same events, each as many times. */
export function isSameEvents(gold: readonly EventTuple[], predicted: readonly EventTuple[]): boolean {
  return gold.length === predicted.length && matchSentence(gold, predicted).matched === gold.length;
}

function isSame(a: EventTuple, b: EventTuple): boolean {
  return a[0] === b[0] && a[1] === b[1] && a[2] === b[2];
}

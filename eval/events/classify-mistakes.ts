import { type EventTuple, NULL_CODE } from './compare-codes.js';
import { matchSentence } from './score-events.js';

/** One mistake in a sentence: a gold event coded wrong or not at all, or a predicted event too many. */
export interface EventMistake {
  /** What went wrong, in words that group well: "wrong root", "source without a code, wrong target". */
  kind: string;
  gold?: EventTuple;
  predicted?: EventTuple;
}

/**
 * The mistakes of one sentence, for the coder's author. After matching, each unmatched gold event
 * is paired with the unmatched prediction that agrees with it most (at least one part, or source
 * and target swapped), and the kind says which parts differ; a gold event left unpaired was
 * missed, a prediction left unpaired is extra.
 */
export function classifyMistakes(
  gold: readonly EventTuple[],
  predicted: readonly EventTuple[],
): EventMistake[] {
  const { goldMatched, predictedMatched } = matchSentence(gold, predicted);
  const used = [...predictedMatched];
  const mistakes: EventMistake[] = [];
  gold.forEach((tuple, index) => {
    if (goldMatched[index]) return;
    let best = -1;
    let bestAgreement = 0;
    predicted.forEach((candidate, at) => {
      const agreement = agreementOf(tuple, candidate);
      if (!used[at] && agreement > bestAgreement) [best, bestAgreement] = [at, agreement];
    });
    if (best === -1) {
      mistakes.push({ kind: predicted.length === 0 ? 'no event coded' : 'missed event', gold: tuple });
      return;
    }
    used[best] = true;
    const candidate = predicted[best] as EventTuple;
    mistakes.push({ kind: differenceOf(tuple, candidate), gold: tuple, predicted: candidate });
  });
  predicted.forEach((candidate, at) => {
    if (used[at]) return;
    const kind = gold.length === 0 ? 'event in a sentence without events' : 'extra event';
    mistakes.push({ kind, predicted: candidate });
  });
  return mistakes;
}

function isSwapped(gold: EventTuple, predicted: EventTuple): boolean {
  return gold[0] !== gold[1] && predicted[0] === gold[1] && predicted[1] === gold[0];
}

function agreementOf(gold: EventTuple, predicted: EventTuple): number {
  const same = gold.filter((part, at) => part === predicted[at]).length;
  return isSwapped(gold, predicted) ? 2 + (gold[2] === predicted[2] ? 1 : 0) : same;
}

function differenceOf(gold: EventTuple, predicted: EventTuple): string {
  const parts: string[] = [];
  if (isSwapped(gold, predicted)) parts.push('source and target swapped');
  else {
    const actor = (role: string, want: string, got: string) => {
      if (want === got) return;
      if (got === NULL_CODE) parts.push(`${role} without a code`);
      else if (want === NULL_CODE) parts.push(`${role} coded where gold has none`);
      else parts.push(`wrong ${role}`);
    };
    actor('source', gold[0], predicted[0]);
    actor('target', gold[1], predicted[1]);
  }
  if (gold[2] !== predicted[2]) parts.push('wrong root');
  return parts.join(', ');
}

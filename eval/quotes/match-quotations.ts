import type { Span } from '../../src/document/span.js';

/**
 * A gold quotation's span; its parts when it is split by its attribution or runs over paragraphs;
 * the reported clause around it when it is a quoted fragment.
 */
export type GoldExtent = Span & { parts?: readonly Span[]; clause?: Span };

/** Which of a gold quotation's spans its prediction matched. */
export type MatchedBy = 'span' | 'part' | 'clause';

/**
 * What became of one prediction: matched to a gold quotation; absorbed into one already matched (a
 * second piece of a split quotation); quoting a term (scare quote, title...); or matching nothing.
 */
export type PredictionRole = 'matched' | 'absorbed' | 'term' | 'unmatched';

export interface QuotationMatching {
  /** For each gold quotation, the index of the prediction matched to it, or -1. */
  goldToPredicted: number[];
  /** For each gold quotation matched, which of its spans the prediction matched. */
  matchedBy: Array<MatchedBy | undefined>;
  /** For each prediction, what became of it. */
  roles: PredictionRole[];
  /** For each prediction absorbed or matched, the gold quotation's index; -1 otherwise. */
  predictedToGold: number[];
  /** For each term, the indexes of the predictions that quote it. */
  termHits: number[][];
}

/** Code units that two spans share. */
export function overlapOf(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** Two spans are the same quotation when they share at least half of the longer one. */
export function isSameQuotation(a: Span, b: Span): boolean {
  const overlap = overlapOf(a, b);
  return overlap > 0 && overlap * 2 >= Math.max(a.end - a.start, b.end - b.start);
}

/**
 * Matches predicted quotations to gold ones, one to one, the pairs that share most first; a gold
 * fragment matches a prediction that is the same as it or as the clause around it. Then a
 * prediction left over that is the same as one part of a split or multi-paragraph quotation takes
 * that quotation when it is still unmatched, and is absorbed into it otherwise, so that giving a
 * quotation as one span or as one span per piece scores the same. What is still left is checked
 * against the terms (quoted words that are not speech).
 */
export function matchQuotations(
  gold: readonly GoldExtent[],
  terms: readonly Span[],
  predicted: readonly Span[],
): QuotationMatching {
  const goldToPredicted = gold.map(() => -1);
  const matchedBy: Array<MatchedBy | undefined> = gold.map(() => undefined);
  const predictedToGold = predicted.map(() => -1);
  const roles: PredictionRole[] = predicted.map(() => 'unmatched');
  const pairs: Array<{ gold: number; predicted: number; share: number; by: MatchedBy }> = [];
  for (const [g, quote] of gold.entries()) {
    const extents: Array<[Span, MatchedBy]> = [[quote, 'span']];
    if (quote.clause) extents.push([quote.clause, 'clause']);
    for (const [p, span] of predicted.entries())
      for (const [extent, by] of extents)
        if (isSameQuotation(extent, span))
          pairs.push({ gold: g, predicted: p, share: shareOf(extent, span), by });
  }
  pairs.sort((a, b) => b.share - a.share || a.gold - b.gold || a.predicted - b.predicted);
  for (const pair of pairs) {
    if (goldToPredicted[pair.gold] !== -1 || roles[pair.predicted] !== 'unmatched') continue;
    goldToPredicted[pair.gold] = pair.predicted;
    matchedBy[pair.gold] = pair.by;
    predictedToGold[pair.predicted] = pair.gold;
    roles[pair.predicted] = 'matched';
  }
  predicted.forEach((span, p) => {
    if (roles[p] !== 'unmatched') return;
    const g = bestPartOwner(gold, span);
    if (g === -1) return;
    predictedToGold[p] = g;
    if (goldToPredicted[g] === -1) {
      goldToPredicted[g] = p;
      matchedBy[g] = 'part';
      roles[p] = 'matched';
    } else {
      roles[p] = 'absorbed';
    }
  });
  const termHits = terms.map((term) =>
    predicted.flatMap((span, p) => (roles[p] === 'unmatched' && isSameQuotation(term, span) ? [p] : [])),
  );
  for (const hits of termHits) for (const p of hits) roles[p] = 'term';
  return { goldToPredicted, matchedBy, roles, predictedToGold, termHits };
}

/** The gold quotation with a part that is the same as `span`, sharing most with it; -1 if none. */
function bestPartOwner(gold: readonly GoldExtent[], span: Span): number {
  let best = -1;
  let bestShare = 0;
  gold.forEach((quote, g) => {
    for (const part of quote.parts ?? []) {
      if (!isSameQuotation(part, span)) continue;
      const share = shareOf(part, span);
      if (share > bestShare) {
        best = g;
        bestShare = share;
      }
    }
  });
  return best;
}

function shareOf(a: Span, b: Span): number {
  return overlapOf(a, b) / Math.max(a.end - a.start, b.end - b.start);
}

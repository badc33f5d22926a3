import { spansFromIob } from '../../src/stages/entities/bilou.js';
/** One entity in a tagged sentence: words `start` to `end` (exclusive) of type `type` (`PER`, `geo`, …). */
export interface EntitySpan {
  start: number;
  end: number;
  type: string;
}

/**
 * Counts and scores for exact-match spans: `tp` spans found with the same start, end and type, `fp`
 * predicted spans that match no gold span, `fn` gold spans that no prediction matches. Precision, recall
 * and F1 are fractions from 0 to 1 (conlleval prints them as percentages); each is 0 when undefined.
 */
export interface SpanScore {
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
}

/** Scores over all entities and per entity type, for every type that occurs in gold or prediction. */
export interface SpanScores {
  overall: SpanScore;
  byType: Record<string, SpanScore>;
}

const ENTITY_TAG = /^([BI])-(.+)$/;

/**
 * The entities in one sentence's IOB2 tags, read as conlleval reads them: `B-X` starts an entity, and so
 * does an `I-X` that follows `O` or an entity of another type, so an ill-formed prediction still counts
 * as the span it most plausibly means.
 */
export function spansOf(tags: readonly string[]): EntitySpan[] {
  for (const tag of tags) {
    if (tag !== 'O' && !ENTITY_TAG.test(tag)) {
      throw new RangeError(`spansOf expects IOB2 tags (O, B-X, I-X), found "${tag}"`);
    }
  }
  return spansFromIob(tags);
}

/** Scores predicted tags against gold tags, sentence by sentence, counting exact span-and-type matches. */
export function scoreSpans(gold: readonly string[][], predicted: readonly string[][]): SpanScores {
  if (gold.length !== predicted.length) {
    throw new RangeError(`scoreSpans got ${gold.length} gold sentences but ${predicted.length} predicted`);
  }
  const overall = { tp: 0, fp: 0, fn: 0 };
  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  const countsOf = (type: string) => {
    let typeCounts = counts.get(type);
    if (typeCounts === undefined) {
      typeCounts = { tp: 0, fp: 0, fn: 0 };
      counts.set(type, typeCounts);
    }
    return typeCounts;
  };

  gold.forEach((goldTags, index) => {
    const predictedTags = predicted[index] ?? [];
    if (goldTags.length !== predictedTags.length) {
      throw new RangeError(
        `scoreSpans: sentence ${index} has ${goldTags.length} gold tags but ${predictedTags.length} predicted`,
      );
    }
    const goldSpans = spansOf(goldTags);
    const predictedSpans = spansOf(predictedTags);
    const goldKeys = new Set(goldSpans.map(keyOf));
    const predictedKeys = new Set(predictedSpans.map(keyOf));
    for (const span of goldSpans) {
      const isFound = predictedKeys.has(keyOf(span));
      countsOf(span.type)[isFound ? 'tp' : 'fn'] += 1;
      overall[isFound ? 'tp' : 'fn'] += 1;
    }
    for (const span of predictedSpans) {
      if (goldKeys.has(keyOf(span))) continue;
      countsOf(span.type).fp += 1;
      overall.fp += 1;
    }
  });

  const byType: Record<string, SpanScore> = {};
  for (const type of [...counts.keys()].sort()) byType[type] = scoreOf(countsOf(type));
  return { overall: scoreOf(overall), byType };
}

function keyOf(span: EntitySpan): string {
  return `${span.start}:${span.end}:${span.type}`;
}

function scoreOf({ tp, fp, fn }: { tp: number; fp: number; fn: number }): SpanScore {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, tp, fp, fn };
}

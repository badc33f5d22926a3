import type { AnnotatedArticle } from '../document/annotations.js';
import { foldName } from './actor-key.js';

/**
 * Articles published at most this many days apart may belong to one story. Two days covers a
 * happening reported on the day and followed up the next, as the examples' pairs are.
 */
export const STORY_WINDOW_DAYS = 2;
/**
 * The least similarity (weighted Jaccard of `storyFeatures`) with one of a story's articles for
 * an article to join that story; below it, the article starts a story of its own. On the
 * examples, the pairs about one happening score 0.43 or more and no two other articles more than
 * 0.30, dates aside (story-examples.test.ts checks both).
 */
export const STORY_THRESHOLD = 0.35;

/**
 * How much a feature of each kind counts. Two reports of one happening rarely code the same
 * event triples (one says "attacked", the other "shelled"), so an event counts half: at weight
 * 2 the examples' pairs scored as low as 0.27 against 0.29 for an unrelated pair.
 */
const WEIGHTS: Record<string, number> = { a: 1, p: 1, e: 0.5 };

/**
 * What an article is about, as `kind:value` strings: `a:` its coded actors (CAMEO codes), `p:`
 * the places it names (GeoNames id, or folded name), `e:` its events as source, target and root
 * code (`e:RUS>TUR:05`).
 */
export function storyFeatures(
  article: Partial<Pick<AnnotatedArticle, 'actors' | 'places' | 'events'>>,
): string[] {
  const features = new Set<string>();
  for (const actor of article.actors ?? []) if (actor.code) features.add(`a:${actor.code}`);
  for (const place of article.places ?? []) {
    features.add(`p:${place.geonameId ?? foldName(place.name)}|${place.name}`);
  }
  for (const event of article.events ?? []) {
    if (event.source.code || event.target.code) {
      features.add(`e:${event.source.code ?? ''}>${event.target.code ?? ''}:${event.rootCode}`);
    }
  }
  return [...features].sort();
}

/** How much one feature counts (see `WEIGHTS`). */
export function featureWeight(feature: string): number {
  return WEIGHTS[feature.slice(0, 1)] ?? 1;
}

/** The total weight of a list of features. */
export function featuresWeight(features: readonly string[]): number {
  return [...new Set(features)].reduce((sum, feature) => sum + featureWeight(feature), 0);
}

/** Weighted Jaccard similarity of two feature lists, 0 to 1 (0 when both are empty). */
export function storySimilarity(a: readonly string[], b: readonly string[]): number {
  const right = new Set(b);
  const shared = featuresWeight(a.filter((feature) => right.has(feature)));
  return similarityOf(shared, featuresWeight(a), featuresWeight(b));
}

/** A candidate: an article already in a story, with its total weight and the weight it shares with the new one. */
export interface StoryCandidate {
  storyId: string;
  shared: number;
  total: number;
}

/**
 * The story of the most similar candidate (the first of a tie), when it reaches the threshold.
 * The store finds the candidates, the articles sharing a feature within the window, through an
 * index of features, so that no article's features are read whole.
 */
export function chooseStory(weight: number, candidates: readonly StoryCandidate[]): string | undefined {
  let best: { storyId: string; score: number } | undefined;
  for (const candidate of candidates) {
    const score = similarityOf(candidate.shared, weight, candidate.total);
    if (score >= STORY_THRESHOLD && (!best || score > best.score))
      best = { storyId: candidate.storyId, score };
  }
  return best?.storyId;
}

function similarityOf(shared: number, a: number, b: number): number {
  const union = a + b - shared;
  return union <= 0 ? 0 : shared / union;
}

/** The display value of a place feature (`p:281184|Jerusalem` -> `Jerusalem`), or of an actor (`a:ISRGOV` -> `ISRGOV`). */
export function featureValue(feature: string): string {
  const value = feature.slice(2);
  return feature.startsWith('p:') ? value.slice(value.indexOf('|') + 1) : value;
}

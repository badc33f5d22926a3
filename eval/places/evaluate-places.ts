import type { AnnotatedArticle, EntityMention, Place } from '../../src/document/annotations.js';
import { createArticle } from '../../src/document/article.js';
import type { Diagnostic } from '../../src/document/diagnostic.js';
import { createPipeline } from '../../src/pipeline/create-pipeline.js';
import { runPipeline } from '../../src/pipeline/run-pipeline.js';
import { entitiesStage } from '../../src/stages/entities/entities-stage.js';
import { placesStage } from '../../src/stages/places/places-stage.js';
import { distanceKm } from '../../src/stages/places/resolve-places.js';
import { sentencesStage } from '../../src/stages/sentences/sentences-stage.js';
import { tokensStage } from '../../src/stages/tokens/tokens-stage.js';
import {
  canonicalText,
  type GoldPlaceMention,
  goldMentions,
  type PlaceText,
  readPlaceTexts,
} from './read-place-mentions.js';

/** Shares of one set of mentions. */
export interface PlaceScores {
  mentions: number;
  /** The place found for the mention is in the intended country (empty for an area). */
  countryAccuracy: number;
  cityMentions: number;
  /** The place found for a city mention lies within 50 km of the intended point. */
  within50km: number;
  /** Mentions for which no place was found. */
  missed: number;
}

/** One mention's outcome, for reading the mistakes. */
export interface MentionOutcome {
  gold: GoldPlaceMention;
  found?: Place;
  distanceKm?: number;
  isCountryRight: boolean;
}

/** Scores of the whole set, and of its dev part (what the stage was tuned on) and test part. */
export interface PartScores extends PlaceScores {
  dev: PlaceScores;
  test: PlaceScores;
}

/**
 * At the top, the geocoder given the annotated mentions (their spans as the article's LOCATION
 * entities), which is what `places.countryAccuracy` and `places.within50km` report; in
 * `endToEnd`, the pipeline as it ships, where the entity tagger finds the mentions, so that its
 * misses count as wrong too.
 */
export interface PlacesEvaluation extends PartScores {
  texts: number;
  endToEnd: PartScores & {
    /** Places found whose mentions match no annotated mention. */
    extraPlaces: number;
  };
  outcomes: MentionOutcome[];
  endToEndOutcomes: MentionOutcome[];
}

const pipeline = createPipeline([tokensStage, sentencesStage, entitiesStage, placesStage]);
const origin = { location: 'eval/places', reader: 'eval@1', contentHash: '', retrievedAt: '' };

/**
 * Geocodes the annotated place mentions of `eval/places/place-mentions.json` with the places stage
 * and scores it, given the annotated mentions and end to end, each for the whole set and for its
 * dev and test parts.
 */
export function evaluatePlaces(texts: readonly PlaceText[] = readPlaceTexts()): PlacesEvaluation {
  const outcomes: MentionOutcome[] = [];
  const endToEndOutcomes: MentionOutcome[] = [];
  let extraPlaces = 0;
  for (const text of texts) {
    const gold = goldMentions(text);
    const article = runPipeline(
      pipeline,
      createArticle({ title: text.title, body: text.paragraphs }, origin),
    );
    if (article.text !== canonicalText(text))
      throw new Error(`${text.id}: the article's text is not the annotated text`);
    const places = article.places ?? [];
    endToEndOutcomes.push(...gold.map((mention) => outcomeOf(mention, places)));
    extraPlaces += places.filter(
      (place) => !place.mentions.some((span) => gold.some((mention) => overlaps(mention, span))),
    ).length;
    outcomes.push(...gold.map((mention) => outcomeOf(mention, placesFromSpans(article, gold))));
  }
  return {
    texts: texts.length,
    ...byPart(outcomes),
    endToEnd: { ...byPart(endToEndOutcomes), extraPlaces },
    outcomes,
    endToEndOutcomes,
  };
}

function byPart(outcomes: readonly MentionOutcome[]): PartScores {
  return {
    ...score(outcomes),
    dev: score(outcomes.filter((outcome) => outcome.gold.part === 'dev')),
    test: score(outcomes.filter((outcome) => outcome.gold.part === 'test')),
  };
}

/** The places the stage finds when the annotated spans are the article's LOCATION mentions. */
function placesFromSpans(article: AnnotatedArticle, gold: readonly GoldPlaceMention[]): Place[] {
  const others = (article.entities ?? []).filter(
    (entity) => entity.type !== 'LOCATION' && !gold.some((mention) => overlaps(mention, entity)),
  );
  const locations: EntityMention[] = gold.map((mention) => ({
    text: mention.written,
    type: 'LOCATION',
    start: mention.start,
    end: mention.end,
  }));
  const entities = [...others, ...locations].sort((a, b) => a.start - b.start);
  const output = placesStage.run({
    ...article,
    tokens: article.tokens ?? [],
    sentences: article.sentences ?? [],
    entities,
    diagnostics: [] as Diagnostic[],
  });
  return output.places;
}

function outcomeOf(gold: GoldPlaceMention, places: readonly Place[]): MentionOutcome {
  const found = places.find((place) => place.mentions.some((span) => overlaps(gold, span)));
  if (found === undefined) return { gold, isCountryRight: false };
  return {
    gold,
    found,
    distanceKm: distanceKm(found, gold.place),
    isCountryRight: found.country === gold.place.country,
  };
}

function score(outcomes: readonly MentionOutcome[]): PlaceScores {
  const cities = outcomes.filter((outcome) => outcome.gold.kind === 'city');
  const share = (count: number, of: number) => (of === 0 ? 0 : count / of);
  return {
    mentions: outcomes.length,
    countryAccuracy: share(outcomes.filter((outcome) => outcome.isCountryRight).length, outcomes.length),
    cityMentions: cities.length,
    within50km: share(
      cities.filter((outcome) => outcome.distanceKm !== undefined && outcome.distanceKm <= 50).length,
      cities.length,
    ),
    missed: outcomes.filter((outcome) => outcome.found === undefined).length,
  };
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

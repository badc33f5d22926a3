import type { AnnotatedArticle, Annotations, Place } from '../../document/annotations.js';
import type { Diagnostic } from '../../document/diagnostic.js';
import type { Span } from '../../document/span.js';
import type { Stage, StageOutput } from '../../pipeline/stage.js';
import { collectPlaceMentions } from './collect-place-mentions.js';
import { findDateline } from './find-dateline.js';
import { type GazetteerPlace, type PlaceGazetteer, shippedPlaceGazetteer } from './place-gazetteer.js';
import { AMBIGUITY_MARGIN, type ResolvedGroup, resolvePlaces } from './resolve-places.js';

export interface PlacesStageOptions {
  /** The gazetteer to geocode with; the shipped one (loaded on first use) when not given. */
  gazetteer?: PlaceGazetteer;
}

/**
 * The article's places on the map: every LOCATION mention (and the dateline) geocoded with the
 * offline gazetteer, one place per distinct place with all its mention spans, in order of first
 * mention. Nationalities are not places. A choice made on size alone between places far apart,
 * or a place named by a common word with nothing else to confirm it, gets a `places-ambiguous`
 * diagnostic; a name the gazetteer does not know, `places-unknown`.
 */
export function createPlacesStage(
  options: PlacesStageOptions = {},
): Stage<'tokens' | 'sentences' | 'entities', 'places'> {
  return {
    name: 'places',
    version: '1.0.0',
    requires: ['tokens', 'sentences', 'entities'],
    produces: ['places'],
    run: (article) => findPlaces(article, options.gazetteer ?? shippedPlaceGazetteer()),
  };
}

/** The places stage with the shipped gazetteer. */
export const placesStage = createPlacesStage();

function findPlaces(
  article: AnnotatedArticle & Pick<Annotations, 'entities'>,
  gazetteer: PlaceGazetteer,
): StageOutput<'places'> {
  const { text, paragraphs } = article;
  const dateline = findDateline(text, paragraphs);
  const collected = collectPlaceMentions(text, paragraphs, article.entities, dateline, gazetteer);
  const resolved = resolvePlaces(collected.groups, collected.focus, collected.peoples);

  const byRow = new Map<number, Place>();
  const places: Place[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const choice of resolved) {
    const { place, group } = choice;
    let found = byRow.get(place.row);
    if (found === undefined) {
      found = toPlace(place);
      byRow.set(place.row, found);
      places.push(found);
    }
    found.mentions.push(...group.mentions);
    const guess = describeGuess(choice);
    const span = group.mentions[0] as Span;
    if (guess)
      diagnostics.push({
        severity: 'info',
        code: 'places-ambiguous',
        message: `"${text.slice(span.start, span.end)}" ${guess}`,
        span,
      });
  }
  for (const place of places) place.mentions.sort((a, b) => a.start - b.start);
  places.sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));
  for (const mention of collected.unknown)
    diagnostics.push({
      severity: 'info',
      code: 'places-unknown',
      message: `"${mention.text}" was tagged as a place but the gazetteer does not know it.`,
      span: { start: mention.start, end: mention.end },
    });
  return { places, diagnostics };
}

function toPlace(place: GazetteerPlace): Place {
  return {
    name: place.name,
    country: place.country,
    lat: place.lat,
    lon: place.lon,
    featureClass: place.featureClass,
    ...(place.geonameId > 0 ? { geonameId: place.geonameId } : {}),
    mentions: [],
  };
}

/** Why the choice is a guess, or undefined when it is not. */
function describeGuess({ place, score, rival, isSupported, group }: ResolvedGroup): string | undefined {
  if (rival && score - rival.score < AMBIGUITY_MARGIN) {
    const sameCountry = rival.place.country === place.country;
    return `was read as ${describe(place, sameCountry)}, but could as well be ${describe(rival.place, sameCountry)}.`;
  }
  if (group.isCommonWord && !isSupported)
    return `is also a common word or name; read as ${describe(place, false)} with nothing else in the article to confirm it.`;
  return undefined;
}

/** "Tripoli (LBY)"; with its point when two places of one country are compared. */
function describe(place: GazetteerPlace, withPoint: boolean): string {
  if (place.country === '' || place.kind === 'country') return place.name;
  return withPoint
    ? `${place.name} (${place.country}, ${place.lat.toFixed(1)}, ${place.lon.toFixed(1)})`
    : `${place.name} (${place.country})`;
}

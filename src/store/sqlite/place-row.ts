import type { AnnotatedArticle, Place } from '../../document/annotations.js';
import { foldName } from '../actor-key.js';

/** One row of the `places` table: a place of one article, with what `listPlaces` groups and filters on. */
export interface PlaceRow {
  place_index: number;
  place_key: string;
  name: string;
  country: string;
  lat: number;
  lon: number;
  feature_class: string;
  geoname_id: number | null;
  mentions: number;
}

export function placeRowsFromArticle(article: Pick<AnnotatedArticle, 'places'>): PlaceRow[] {
  return (article.places ?? []).map((place, index) => ({
    place_index: index,
    place_key: placeKey(place),
    name: place.name,
    country: place.country,
    lat: place.lat,
    lon: place.lon,
    feature_class: place.featureClass,
    geoname_id: place.geonameId ?? null,
    mentions: place.mentions.length,
  }));
}

/**
 * What brings one place's rows together across articles: its GeoNames id, or for a place without
 * one its country and folded name, so that Georgia the country and Georgia the state stay apart.
 */
function placeKey(place: Place): string {
  return place.geonameId === undefined
    ? `name:${place.country}:${foldName(place.name)}`
    : `geonames:${place.geonameId}`;
}

import type { PlaceSummary } from '../store/store.js';
import { formatTable } from './format-table.js';
import type { Output } from './output.js';

/** Places as a table: name, country, feature class, coordinates, articles, mentions, GeoNames id. */
export function formatPlaceTable(places: readonly PlaceSummary[], output: Output): string {
  const header = ['NAME', 'COUNTRY', 'CLASS', 'LAT', 'LON', 'ARTICLES', 'MENTIONS', 'GEONAMES'];
  const rows = places.map((place) => [
    place.name,
    place.country,
    place.featureClass,
    // Four decimals: about 10 m, finer than any gazetteer point for a city.
    place.lat.toFixed(4),
    place.lon.toFixed(4),
    String(place.articles),
    String(place.mentions),
    place.geonameId === null ? '-' : String(place.geonameId),
  ]);
  return formatTable(header, rows, [3, 4, 5, 6, 7], output);
}

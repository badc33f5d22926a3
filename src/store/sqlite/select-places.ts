import type { PlaceList, PlaceQuery } from '../store.js';
import type { PrepareStatement } from './select-events.js';

interface PlaceGroupRow {
  name: string;
  country: string;
  lat: number;
  lon: number;
  feature_class: string;
  geoname_id: number | null;
  articles: number;
  mentions: number;
}

/**
 * Groups the `places` rows by place key (a GeoNames id, or a country and a folded name). The
 * name, country, coordinates and feature class are those of one row of the group, the same row
 * for all of them (SQLite's rule for bare columns), so that a latitude never meets another
 * row's longitude.
 */
export function selectPlaces(prepare: PrepareStatement, query: PlaceQuery): PlaceList {
  const parameters: Record<string, string | number> = {};
  const where: string[] = [];
  if (query.country) {
    where.push('country = @country');
    parameters.country = query.country;
  }
  const groups = `FROM places ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''} GROUP BY place_key`;
  const total =
    prepare<{ total: number }>(`SELECT count(*) AS total FROM (SELECT place_key ${groups})`).get(parameters)
      ?.total ?? 0;
  const rows = prepare<PlaceGroupRow>(
    `SELECT name, country, lat, lon, feature_class, geoname_id,
       count(DISTINCT seq) AS articles, sum(mentions) AS mentions
     ${groups}
     ORDER BY articles DESC, mentions DESC, name, place_key LIMIT @limit OFFSET @offset`,
  ).all({ ...parameters, limit: query.limit ?? 20, offset: query.offset ?? 0 });
  const places = rows.map((row) => ({
    name: row.name,
    country: row.country,
    lat: row.lat,
    lon: row.lon,
    featureClass: row.feature_class,
    geonameId: row.geoname_id,
    articles: row.articles,
    mentions: row.mentions,
  }));
  return { places, total };
}

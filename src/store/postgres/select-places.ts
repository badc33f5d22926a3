import type { Pool } from 'pg';
import type { PlaceList, PlaceQuery } from '../store.js';
import { QueryParameters } from './query-parameters.js';

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
 * name, country, coordinates and feature class are those of one row of the group (its most
 * recently stored), read for the page's places only, so that a latitude never meets another
 * row's longitude.
 */
export async function selectPlaces(pool: Pool, query: PlaceQuery): Promise<PlaceList> {
  const parameters = new QueryParameters();
  const where = query.country ? `WHERE country = ${parameters.add(query.country)}` : '';
  const filterValues = [...parameters.values];
  const [count, page] = await Promise.all([
    pool.query<{ total: number }>(
      `SELECT count(DISTINCT place_key)::int AS total FROM places ${where}`,
      filterValues,
    ),
    pool.query<PlaceGroupRow>(
      `SELECT one.name, one.country, one.lat, one.lon, one.feature_class, one.geoname_id, g.articles, g.mentions
       FROM (
         SELECT place_key, count(DISTINCT article_id)::int AS articles, sum(mentions)::int AS mentions,
           min(name COLLATE "C") AS first_name
         FROM places ${where} GROUP BY place_key
         ORDER BY articles DESC, mentions DESC, first_name, place_key
         LIMIT ${parameters.add(query.limit ?? 20)} OFFSET ${parameters.add(query.offset ?? 0)}
       ) AS g
       CROSS JOIN LATERAL (
         SELECT name, country, lat, lon, feature_class, geoname_id FROM places p
         WHERE p.place_key = g.place_key ORDER BY p.seq DESC, p.place_index LIMIT 1
       ) AS one
       ORDER BY g.articles DESC, g.mentions DESC, g.first_name, g.place_key`,
      parameters.values,
    ),
  ]);
  const places = page.rows.map((row) => ({
    name: row.name,
    country: row.country,
    lat: row.lat,
    lon: row.lon,
    featureClass: row.feature_class,
    geonameId: row.geoname_id,
    articles: row.articles,
    mentions: row.mentions,
  }));
  return { places, total: count.rows[0]?.total ?? 0 };
}

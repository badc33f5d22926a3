import type { Pool } from 'pg';
import { dayAfter } from '../day-after.js';
import type { EventMap, MapQuery } from '../store.js';
import { roundMean } from '../timeline-days.js';
import { eventConditions } from './event-conditions.js';
import { QueryParameters } from './query-parameters.js';

const DEFAULT_LIMIT = 500;

interface PointRow {
  name: string;
  country: string | null;
  lat: number;
  lon: number;
  events: number;
  goldstein: number;
}

interface PlaceRow {
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
 * The matching events grouped by their coordinates, each point named by the greatest of the
 * words that placed its events; and the places of the articles in the date range and source, by
 * place key, each shown as one of its rows (the most recently stored).
 */
export async function selectEventMap(pool: Pool, query: MapQuery): Promise<EventMap> {
  const limit = query.limit ?? DEFAULT_LIMIT;
  const parameters = new QueryParameters();
  const { from } = eventConditions(query, parameters);
  const places = new QueryParameters();
  const conditions: string[] = [];
  if (query.country) conditions.push(`p.country = ${places.add(query.country)}`);
  if (query.from) conditions.push(`f.published_at >= ${places.add(query.from)}`);
  if (query.to)
    conditions.push(`f.published_at < ${places.add(dayAfter(query.to))} AND f.published_at != ''`);
  if (query.source) conditions.push(`lower(f.source) = lower(${places.add(query.source)})`);
  const join =
    query.from || query.to || query.source
      ? 'JOIN articles f ON f.id = p.article_id AND f.published_month = p.published_month'
      : '';
  const [points, groups] = await Promise.all([
    pool.query<PointRow>(
      `SELECT max(e.place_name COLLATE "C") AS name, max(e.place_country COLLATE "C") AS country, e.lat, e.lon,
         count(*)::int AS events, sum(e.goldstein) AS goldstein
       ${from} AND e.lat IS NOT NULL
       GROUP BY e.lat, e.lon ORDER BY events DESC, name LIMIT ${parameters.add(limit)}`,
      parameters.values,
    ),
    pool.query<PlaceRow>(
      `SELECT one.name, one.country, one.lat, one.lon, one.feature_class, one.geoname_id, g.articles, g.mentions
       FROM (
         SELECT p.place_key, count(DISTINCT p.article_id)::int AS articles, sum(p.mentions)::int AS mentions,
           min(p.name COLLATE "C") AS first_name
         FROM places p ${join} ${conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : ''}
         GROUP BY p.place_key ORDER BY articles DESC, mentions DESC, first_name LIMIT ${places.add(limit)}
       ) AS g
       CROSS JOIN LATERAL (
         SELECT name, country, lat, lon, feature_class, geoname_id FROM places p
         WHERE p.place_key = g.place_key ORDER BY p.seq DESC, p.place_index LIMIT 1
       ) AS one
       ORDER BY g.articles DESC, g.mentions DESC, g.first_name`,
      places.values,
    ),
  ]);
  return {
    events: points.rows.map((point) => ({
      name: point.name,
      country: point.country ?? '',
      lat: point.lat,
      lon: point.lon,
      events: point.events,
      goldsteinMean: roundMean(point.goldstein, point.events),
    })),
    places: groups.rows.map((place) => ({
      name: place.name,
      country: place.country,
      lat: place.lat,
      lon: place.lon,
      featureClass: place.feature_class,
      geonameId: place.geoname_id,
      articles: place.articles,
      mentions: place.mentions,
    })),
  };
}

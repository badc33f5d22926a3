import { dayAfter } from '../day-after.js';
import type { EventMap, MapQuery } from '../store.js';
import { roundMean } from '../timeline-days.js';
import { eventConditions } from './event-conditions.js';
import type { PrepareStatement } from './select-events.js';

const DEFAULT_LIMIT = 500;

/**
 * The matching events grouped by their coordinates, each point named by the words that placed
 * most of its events; and the places of the articles in the date range and source, by place key.
 */
export function selectEventMap(prepare: PrepareStatement, query: MapQuery): EventMap {
  const { from, parameters } = eventConditions(query);
  const limit = query.limit ?? DEFAULT_LIMIT;
  const events = prepare<{
    name: string;
    country: string | null;
    lat: number;
    lon: number;
    events: number;
    goldstein: number;
  }>(
    `SELECT max(e.place_name) AS name, max(e.place_country) AS country, e.lat, e.lon,
       count(*) AS events, total(e.goldstein) AS goldstein
     ${from} ${from.includes('WHERE') ? 'AND' : 'WHERE'} e.lat IS NOT NULL
     GROUP BY e.lat, e.lon ORDER BY events DESC, name LIMIT @limit`,
  ).all({ ...parameters, limit });
  const conditions: string[] = [];
  const placeParameters: Record<string, string | number> = { limit };
  if (query.country) {
    conditions.push('p.country = @country');
    placeParameters.country = query.country;
  }
  if (query.from) {
    conditions.push('f.published_at >= @from');
    placeParameters.from = query.from;
  }
  if (query.to) {
    conditions.push("f.published_at < @before AND f.published_at != ''");
    placeParameters.before = dayAfter(query.to);
  }
  if (query.source) {
    conditions.push('f.source = @source COLLATE NOCASE');
    placeParameters.source = query.source;
  }
  const join = query.from || query.to || query.source ? 'JOIN article_filters f ON f.seq = p.seq' : '';
  const places = prepare<{
    name: string;
    country: string;
    lat: number;
    lon: number;
    feature_class: string;
    geoname_id: number | null;
    articles: number;
    mentions: number;
  }>(
    `SELECT p.name, p.country, p.lat, p.lon, p.feature_class, p.geoname_id,
       count(DISTINCT p.seq) AS articles, sum(p.mentions) AS mentions
     FROM places p ${join} ${conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : ''}
     GROUP BY p.place_key ORDER BY articles DESC, mentions DESC, p.name LIMIT @limit`,
  ).all(placeParameters);
  return {
    events: events.map((point) => ({
      name: point.name,
      country: point.country ?? '',
      lat: point.lat,
      lon: point.lon,
      events: point.events,
      goldsteinMean: roundMean(point.goldstein, point.events),
    })),
    places: places.map((place) => ({
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

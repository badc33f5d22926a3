import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries from 'world-atlas/countries-110m.json';
import { echarts } from '../charts/echarts.js';

/** The name the world map is registered under with ECharts. */
export const WORLD_MAP = 'world';

let isRegistered = false;

/**
 * A ring that crosses the antimeridian and back (Russia's Chukotka, Fiji) would be drawn on a flat
 * map as a stripe across the world: its points on the far side are moved to the edge, at ±180°.
 * A ring that crosses it once goes round a pole (Antarctica) and is drawn as it is.
 */
export function keepRingOnOneSide(ring: Position[]): Position[] {
  const crossings = ring.filter(
    (point, index) => index > 0 && Math.abs((point[0] ?? 0) - (ring[index - 1]?.[0] ?? 0)) > 180,
  ).length;
  if (crossings === 0 || crossings % 2 === 1) return ring;
  const east = ring.filter((point) => (point[0] ?? 0) >= 0).length;
  const edge = east * 2 >= ring.length ? 180 : -180;
  return ring.map(([lon = 0, lat = 0]) => (Math.sign(lon) === Math.sign(edge) ? [lon, lat] : [edge, lat]));
}

function flatGeometry(geometry: Polygon | MultiPolygon): Polygon | MultiPolygon {
  if (geometry.type === 'Polygon')
    return { ...geometry, coordinates: geometry.coordinates.map(keepRingOnOneSide) };
  return {
    ...geometry,
    coordinates: geometry.coordinates.map((polygon) => polygon.map(keepRingOnOneSide)),
  };
}

/**
 * Registers Natural Earth's 1:110m countries (world-atlas, bundled into the map's chunk) with
 * ECharts, once: the map needs no tile server and no network.
 */
export function registerWorldMap(): void {
  if (isRegistered) return;
  const topology = countries as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const collection = feature(topology, topology.objects.countries) as FeatureCollection<
    Polygon | MultiPolygon,
    { name: string }
  >;
  const flat: FeatureCollection = {
    ...collection,
    features: collection.features.map(
      (country): Feature => ({ ...country, geometry: flatGeometry(country.geometry) }),
    ),
  };
  echarts.registerMap(WORLD_MAP, flat as unknown as Parameters<typeof echarts.registerMap>[1]);
  isRegistered = true;
}

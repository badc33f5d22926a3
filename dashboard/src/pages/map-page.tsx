import { useCallback, useMemo } from 'react';
import type { EventMap } from '../api/types.js';
import { useApi } from '../api/use-api.js';
import { CANVAS_TOOLTIP, Chart } from '../charts/chart.js';
import type { ChartClick, ChartOption } from '../charts/echarts.js';
import { Empty, ErrorView, Loading } from '../components/status-views.js';
import { registerWorldMap, WORLD_MAP } from '../map/world-geo.js';
import { hrefOf, Link, navigate } from '../router.js';
import { EventFilterBar, eventFiltersOf } from './event-filters.js';
import { goldsteinColor } from './network-page.js';

function mapOption(map: EventMap): ChartOption {
  const mostArticles = Math.max(1, ...map.places.map((place) => place.articles));
  const mostEvents = Math.max(1, ...map.events.map((point) => point.events));
  return {
    tooltip: { ...CANVAS_TOOLTIP },
    legend: { bottom: 0, data: ['Places named', 'Events'] },
    geo: {
      map: WORLD_MAP,
      roam: true,
      scaleLimit: { min: 1, max: 20 },
      itemStyle: { areaColor: '#e9eef3', borderColor: '#aab4bf', borderWidth: 0.5 },
      emphasis: { disabled: true },
      silent: true,
    },
    series: [
      {
        name: 'Places named',
        type: 'scatter',
        coordinateSystem: 'geo',
        color: '#7a5195',
        symbolSize: (value: number[]) => 4 + 10 * Math.sqrt((value[2] ?? 1) / mostArticles),
        itemStyle: { opacity: 0.55 },
        data: map.places.map((place) => ({
          name: place.name,
          value: [place.lon, place.lat, place.articles],
        })),
        tooltip: { formatter: '{b}: {@[2]} articles' },
      },
      {
        name: 'Events',
        type: 'scatter',
        coordinateSystem: 'geo',
        color: '#b2182b',
        symbolSize: (value: number[]) => 6 + 14 * Math.sqrt((value[2] ?? 1) / mostEvents),
        data: map.events.map((point) => ({
          name: point.name,
          value: [point.lon, point.lat, point.events, point.goldsteinMean],
          itemStyle: { color: goldsteinColor(point.goldsteinMean), borderColor: '#fff', borderWidth: 1 },
        })),
        tooltip: { formatter: '{b}: {@[2]} events, mean Goldstein {@[3]}' },
      },
    ],
  };
}

/** `/map`: the places the articles name and where their events happened, on a bundled world map. */
export default function MapPage({ url }: { url: URL }) {
  const filters = eventFiltersOf(url);
  const map = useApi<EventMap>(hrefOf('/api/map', filters));
  const option = useMemo(() => {
    if (!map.data) return undefined;
    registerWorldMap();
    return mapOption(map.data);
  }, [map.data]);
  const search = useCallback((event: ChartClick) => {
    if (event.componentType === 'series' && event.name) navigate(hrefOf('/', { q: `"${event.name}"` }));
  }, []);
  const points = map.data ? map.data.events.length + map.data.places.length : 0;
  return (
    <div className="map-page">
      <h1>Map</h1>
      <EventFilterBar path="/map" filters={filters} />
      {map.status === 'error' ? (
        <ErrorView error={map.error} what="the map" />
      ) : !map.data || !option ? (
        <Loading what="the map" />
      ) : points === 0 ? (
        <Empty>No geocoded places or events match these filters.</Empty>
      ) : (
        <div className="with-sidebar-right">
          <section className="panel">
            <p className="muted">
              Purple: places the articles name, by number of articles. Circles with a white rim: where events
              happened, coloured by mean Goldstein value (red conflict, blue cooperation). Click a point to
              search for it.
            </p>
            <Chart
              option={option}
              className="chart chart-map"
              label="World map of places and events"
              items={points}
              onClick={search}
            />
          </section>
          <aside className="panel">
            <h2>Places</h2>
            <ol className="plain-list" data-testid="map-places">
              {map.data.places.slice(0, 30).map((place) => (
                <li key={`${place.name}-${place.lat}-${place.lon}`}>
                  <Link to={hrefOf('/', { q: `"${place.name}"` })}>{place.name}</Link>{' '}
                  <span className="muted">
                    {place.country} · {place.articles}
                  </span>
                </li>
              ))}
            </ol>
          </aside>
        </div>
      )}
    </div>
  );
}

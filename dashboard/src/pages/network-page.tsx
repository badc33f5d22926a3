import { useCallback, useMemo } from 'react';
import type { Network } from '../api/types.js';
import { useApi } from '../api/use-api.js';
import { CANVAS_TOOLTIP, Chart } from '../charts/chart.js';
import type { ChartClick, ChartOption } from '../charts/echarts.js';
import { Empty, ErrorView, Loading } from '../components/status-views.js';
import { hrefOf, Link, navigate } from '../router.js';
import { EventFilterBar, eventFiltersOf } from './event-filters.js';

/** A Goldstein value from -10 to +10 as a colour from conflict red through grey to cooperation blue. */
export function goldsteinColor(goldstein: number): string {
  const share = Math.max(-1, Math.min(1, goldstein / 10));
  const grey = [150, 150, 150];
  const end = share < 0 ? [178, 24, 43] : [33, 102, 172];
  const mix = grey.map((channel, index) =>
    Math.round(channel + ((end[index] as number) - channel) * Math.abs(share)),
  );
  return `rgb(${mix.join(',')})`;
}

/** The page of an actor of the network: its CAMEO code, or `name:` and the name for one without. */
export function actorHref(id: string): string {
  return `/actors/${encodeURIComponent(id)}`;
}

function networkOption(network: Network): ChartOption {
  const most = Math.max(1, ...network.nodes.map((node) => node.events));
  const mostEdge = Math.max(1, ...network.edges.map((edge) => edge.events));
  return {
    tooltip: { ...CANVAS_TOOLTIP },
    series: [
      {
        type: 'graph',
        layout: 'force',
        roam: true,
        draggable: true,
        // At most 50 nodes by default: the layout is computed at once rather than animated, and stays put.
        force: { repulsion: 160, edgeLength: [50, 130], gravity: 0.12, layoutAnimation: false },
        edgeSymbol: ['none', 'arrow'],
        edgeSymbolSize: 6,
        label: { show: true, position: 'right', fontSize: 11 },
        labelLayout: { hideOverlap: true },
        emphasis: { focus: 'adjacency' },
        data: network.nodes.map((node) => ({
          id: node.id,
          name: node.code && node.code !== node.name ? `${node.name} (${node.code})` : node.name,
          value: node.events,
          symbolSize: 8 + 28 * Math.sqrt(node.events / most),
          itemStyle: { color: node.code ? '#1f4e79' : '#8a8a8a' },
        })),
        links: network.edges.map((edge) => ({
          source: edge.source,
          target: edge.target,
          value: edge.events,
          lineStyle: {
            width: 1 + 5 * (edge.events / mostEdge),
            color: goldsteinColor(edge.goldsteinMean),
            opacity: 0.7,
            curveness: 0.15,
          },
          tooltip: {
            formatter: `${edge.events} event${edge.events === 1 ? '' : 's'}, mean Goldstein ${edge.goldsteinMean.toFixed(1)}`,
          },
        })),
      },
    ],
  };
}

/** `/network`: actors as nodes, the events between them as edges; a click opens the actor's page. */
export default function NetworkPage({ url }: { url: URL }) {
  const filters = eventFiltersOf(url);
  const network = useApi<Network>(hrefOf('/api/network', filters));
  const option = useMemo(() => (network.data ? networkOption(network.data) : undefined), [network.data]);
  const open = useCallback((event: ChartClick) => {
    if (event.dataType !== 'node') return;
    const id = (event.data as { id?: string } | undefined)?.id;
    if (id) navigate(actorHref(id));
  }, []);
  return (
    <div className="network-page">
      <h1>Actor network</h1>
      <EventFilterBar path="/network" filters={filters} />
      {network.status === 'error' ? (
        <ErrorView error={network.error} what="the network" />
      ) : !network.data || !option ? (
        <Loading what="the network" />
      ) : network.data.nodes.length === 0 ? (
        <Empty>No events between actors match these filters.</Empty>
      ) : (
        <div className="with-sidebar-right">
          <section className="panel">
            <p className="muted">
              Node size: events with the actor. Edge: events from one actor to another, coloured by their mean
              Goldstein value (red conflict, blue cooperation). Click an actor to open its page; drag and
              scroll to move and zoom.
            </p>
            <Chart
              option={option}
              className="chart chart-tall"
              label="Actor network"
              items={network.data.nodes.length}
              onClick={open}
            />
          </section>
          <aside className="panel">
            <h2>Actors</h2>
            <ol className="plain-list" data-testid="network-actors">
              {network.data.nodes.map((node) => (
                <li key={node.id}>
                  <Link to={actorHref(node.id)}>{node.name}</Link>
                  {node.code ? <span className="code"> {node.code}</span> : null}{' '}
                  <span className="muted">{node.events}</span>
                </li>
              ))}
            </ol>
          </aside>
        </div>
      )}
    </div>
  );
}

import { useMemo } from 'react';
import type { AggregateEventList, EventList, QuadClass, StoredEvent, Timeline } from '../api/types.js';
import { useApi } from '../api/use-api.js';
import { QUAD_COLORS, QUAD_LABELS, rootLabel } from '../cameo-labels.js';
import { CANVAS_TOOLTIP, Chart } from '../charts/chart.js';
import type { ChartOption } from '../charts/echarts.js';
import { Pager } from '../components/pager.js';
import { Empty, ErrorView, Loading } from '../components/status-views.js';
import { hrefOf, Link, navigate } from '../router.js';
import { AggregateEventTable } from './aggregate-event-table.js';
import { EventFilterBar, type EventFilterValues, eventFiltersOf } from './event-filters.js';
import { EventLevelSwitch, eventLevelOf, levelParams } from './event-level-switch.js';

const PAGE_SIZE = 25;
const QUAD_FIELDS = [
  'verbalCooperation',
  'materialCooperation',
  'verbalConflict',
  'materialConflict',
] as const;

/** Stacked bars of events per day by QuadClass, and the day's mean Goldstein value as a line. */
export function timelineOption(timeline: Timeline): ChartOption {
  const dates = timeline.days.map((day) => day.date);
  return {
    baseOption: {
      tooltip: { ...CANVAS_TOOLTIP, trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 40, right: 40, top: 40, bottom: 30 },
      xAxis: { type: 'category', data: dates },
      yAxis: [
        { type: 'value', name: 'events', minInterval: 1 },
        { type: 'value', name: 'Goldstein', min: -10, max: 10, splitLine: { show: false } },
      ],
      series: [
        ...QUAD_FIELDS.map((field, index) => {
          const quad = (index + 1) as QuadClass;
          return {
            name: QUAD_LABELS[quad],
            type: 'bar',
            stack: 'events',
            color: QUAD_COLORS[quad],
            data: timeline.days.map((day) => day[field]),
          };
        }),
        {
          name: 'Mean Goldstein',
          type: 'line',
          yAxisIndex: 1,
          color: '#444',
          symbolSize: 4,
          data: timeline.days.map((day) => Number(day.goldsteinMean.toFixed(2))),
        },
      ],
    },
    // On a phone the legend takes three lines: the plot starts below it.
    media: [
      {
        query: { maxWidth: 560 },
        option: { legend: { itemGap: 6 }, grid: { top: 96, left: 30, right: 30 } },
      },
    ],
  };
}

/**
 * `/events`: a timeline of events by QuadClass, and the events in a table, with filters in the URL;
 * the table lists each coded mention, or (`level=aggregate`) each real event once, newsgraph's and
 * GDELT's (`origin`).
 */
export default function EventsPage({ url }: { url: URL }) {
  const filters = eventFiltersOf(url);
  const level = eventLevelOf(url);
  const offset = Number(url.searchParams.get('offset') ?? 0) || 0;
  const timeline = useApi<Timeline>(hrefOf('/api/timeline', filters));
  const option = useMemo(() => (timeline.data ? timelineOption(timeline.data) : undefined), [timeline.data]);
  return (
    <div className="events-page">
      <h1>Events</h1>
      <EventFilterBar path="/events" filters={filters} keep={levelParams(level)} />
      <EventLevelSwitch path="/events" filters={filters} level={level} />
      <section className="panel">
        <h2>Timeline by quad class</h2>
        {timeline.status === 'error' ? (
          <ErrorView error={timeline.error} what="the timeline" />
        ) : !timeline.data || !option ? (
          <Loading what="the timeline" />
        ) : timeline.data.days.length === 0 ? (
          <Empty>No dated events match these filters.</Empty>
        ) : (
          <Chart
            option={option}
            label="Events per day by quad class, with the mean Goldstein value"
            items={timeline.data.days.length}
            onClick={(event) => {
              if (typeof event.name === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(event.name)) {
                navigate(hrefOf('/events', { ...filters, from: event.name, to: event.name }));
              }
            }}
          />
        )}
      </section>
      {level.level === 'aggregate' ? (
        <AggregateEventsPanel filters={filters} origin={level.origin} offset={offset} />
      ) : (
        <MentionsPanel filters={filters} offset={offset} />
      )}
    </div>
  );
}

function MentionsPanel({ filters, offset }: { filters: EventFilterValues; offset: number }) {
  const events = useApi<EventList>(hrefOf('/api/events', { ...filters, limit: PAGE_SIZE, offset }));
  return (
    <section className="panel">
      <h2>
        Events {events.data ? <span className="count">{events.data.total.toLocaleString('en')}</span> : null}
      </h2>
      {events.status === 'error' ? (
        <ErrorView error={events.error} what="the events" />
      ) : !events.data ? (
        <Loading what="events" />
      ) : events.data.events.length === 0 ? (
        <Empty>No events match these filters.</Empty>
      ) : (
        <>
          <EventTable events={events.data.events} />
          <Pager
            offset={offset}
            limit={PAGE_SIZE}
            total={events.data.total}
            hrefAt={(at) => hrefOf('/events', { ...filters, offset: at || undefined })}
          />
        </>
      )}
    </section>
  );
}

/** Aggregate events have many sources: the source filter does not apply to them. */
function AggregateEventsPanel({
  filters,
  origin,
  offset,
}: {
  filters: EventFilterValues;
  origin: string;
  offset: number;
}) {
  const { source: _source, ...aggregateFilters } = filters;
  const params = { ...aggregateFilters, origin: origin || undefined };
  const events = useApi<AggregateEventList>(
    hrefOf('/api/aggregate-events', { ...params, limit: PAGE_SIZE, offset }),
  );
  return (
    <section className="panel">
      <h2>
        Aggregate events{' '}
        {events.data ? <span className="count">{events.data.total.toLocaleString('en')}</span> : null}
      </h2>
      {events.status === 'error' ? (
        <ErrorView error={events.error} what="the aggregate events" />
      ) : !events.data ? (
        <Loading what="aggregate events" />
      ) : events.data.events.length === 0 ? (
        <Empty>No aggregate events match these filters.</Empty>
      ) : (
        <>
          <AggregateEventTable events={events.data.events} />
          <Pager
            offset={offset}
            limit={PAGE_SIZE}
            total={events.data.total}
            hrefAt={(at) =>
              hrefOf('/events', { ...filters, level: 'aggregate', ...params, offset: at || undefined })
            }
          />
        </>
      )}
    </section>
  );
}

function ActorCell({ text, code }: { text: string; code: string | null }) {
  return (
    <>
      {text}
      {code ? (
        <>
          {' '}
          <Link to={`/actors/${encodeURIComponent(code)}`} className="code">
            {code}
          </Link>
        </>
      ) : null}
    </>
  );
}

/** Events as rows: date, source, verb, target, code, quad class, Goldstein, and the article. */
export function EventTable({ events }: { events: readonly StoredEvent[] }) {
  return (
    <div className="table-scroll">
      <table className="event-table" data-testid="event-table">
        <thead>
          <tr>
            <th>Date</th>
            <th>Source</th>
            <th>Verb</th>
            <th>Target</th>
            <th>Event</th>
            <th>Goldstein</th>
            <th>Article</th>
          </tr>
        </thead>
        <tbody>
          {events.map(({ article, event }) => (
            <tr key={`${article.id}-${event.id}`} className={`quad-row-${event.quadClass}`}>
              <td>{event.date || '—'}</td>
              <td>
                <ActorCell text={event.source.text} code={event.source.code} />
              </td>
              <td>
                {event.negated ? 'not ' : ''}
                {event.verb.text}
              </td>
              <td>
                <ActorCell text={event.target.text} code={event.target.code} />
              </td>
              <td>
                <span className={`quad quad-${event.quadClass}`} title={QUAD_LABELS[event.quadClass]}>
                  {event.code}
                </span>{' '}
                {rootLabel(event.rootCode)}
              </td>
              <td className="number">{event.goldstein}</td>
              <td>
                <Link to={hrefOf(`/articles/${encodeURIComponent(article.id)}`, { focus: event.id })}>
                  {article.title || '(untitled)'}
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

import { useMemo } from 'react';
import type { ActorProfile, EventList } from '../api/types.js';
import { useApi } from '../api/use-api.js';
import { CANVAS_TOOLTIP, Chart } from '../charts/chart.js';
import type { ChartOption } from '../charts/echarts.js';
import { Empty, ErrorView, Loading } from '../components/status-views.js';
import { hrefOf, Link } from '../router.js';
import { EventTable } from './events-page.js';
import { actorHref } from './network-page.js';

function monthsOption(profile: ActorProfile): ChartOption {
  return {
    tooltip: { ...CANVAS_TOOLTIP, trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 40, right: 20, top: 36, bottom: 30 },
    xAxis: { type: 'category', data: profile.months.map((month) => month.month) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      {
        name: 'As source',
        type: 'bar',
        color: '#1f4e79',
        data: profile.months.map((month) => month.asSource),
      },
      {
        name: 'As target',
        type: 'bar',
        color: '#f2a541',
        data: profile.months.map((month) => month.asTarget),
      },
    ],
  };
}

/**
 * `/actors/:code`: one actor across the archive: its events as source and as target month by
 * month, the events themselves, its quotes, and the actors it appears with.
 */
export default function ActorPage({ id }: { id: string }) {
  const profile = useApi<ActorProfile>(`/api/actors/${encodeURIComponent(id)}`);
  const code = id.startsWith('name:') ? null : id;
  const events = useApi<EventList>(code ? hrefOf('/api/events', { actor: code, limit: 20 }) : null);
  const option = useMemo(() => (profile.data ? monthsOption(profile.data) : undefined), [profile.data]);
  if (profile.status === 'error') return <ErrorView error={profile.error} what="this actor" />;
  if (!profile.data || !option) return <Loading what="the actor" />;
  const { actor, coActors, months, quotes } = profile.data;
  return (
    <div className="actor-page">
      <h1>
        {actor.names[0] ?? id} {actor.code ? <span className="code">{actor.code}</span> : null}
      </h1>
      <p className="muted">
        {actor.names.length > 1 ? <>Also: {actor.names.slice(1, 6).join(', ')}. </> : null}
        {actor.articles} article{actor.articles === 1 ? '' : 's'}, {actor.mentions} mention
        {actor.mentions === 1 ? '' : 's'}; {actor.eventsAsSource} event{actor.eventsAsSource === 1 ? '' : 's'}{' '}
        as source, {actor.eventsAsTarget} as target.{' '}
        {actor.code ? <Link to={hrefOf('/', { actor: actor.code })}>Its articles</Link> : null}
        {actor.code ? ' · ' : null}
        {actor.code ? <Link to={hrefOf('/events', { actor: actor.code })}>Its events</Link> : null}
      </p>
      <div className="with-sidebar-right">
        <div>
          <section className="panel">
            <h2>Events over time</h2>
            {months.length === 0 ? (
              <Empty>No dated events with this actor.</Empty>
            ) : (
              <Chart option={option} label="Events per month as source and as target" items={months.length} />
            )}
          </section>
          {code ? (
            <section className="panel">
              <h2>Latest events{code.length < 6 ? ` (codes beginning ${code})` : ''}</h2>
              {events.status === 'error' ? (
                <ErrorView error={events.error} what="the events" />
              ) : !events.data ? (
                <Loading what="events" />
              ) : events.data.events.length === 0 ? (
                <Empty>No events.</Empty>
              ) : (
                <EventTable events={events.data.events} />
              )}
            </section>
          ) : null}
          <section className="panel">
            <h2>Quotes</h2>
            {quotes.length === 0 ? (
              <Empty>No quotes by this actor.</Empty>
            ) : (
              <ul className="quote-list" data-testid="actor-quotes">
                {quotes.map(({ article, quote, speakerName }) => (
                  <li key={`${article.id}-${quote.start}`}>
                    <q>{quote.text}</q>
                    <span className="muted">
                      {' '}
                      — {speakerName ?? quote.speaker?.text ?? 'unknown'},{' '}
                      <Link to={`/articles/${encodeURIComponent(article.id)}`}>{article.title}</Link>
                      {article.publishedAt ? `, ${article.publishedAt.slice(0, 10)}` : ''}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </div>
        <aside className="panel">
          <h2>Appears with</h2>
          {coActors.length === 0 ? (
            <Empty>No other actors in its articles.</Empty>
          ) : (
            <ol className="plain-list" data-testid="co-actors">
              {coActors.map((other) => (
                <li key={other.id}>
                  <Link to={actorHref(other.id)}>{other.name}</Link>
                  {other.code ? <span className="code"> {other.code}</span> : null}{' '}
                  <span className="muted">
                    {other.articles} article{other.articles === 1 ? '' : 's'}
                  </span>
                </li>
              ))}
            </ol>
          )}
        </aside>
      </div>
    </div>
  );
}

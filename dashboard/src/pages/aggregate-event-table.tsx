import type { AggregateActor, AggregateEvent } from '../api/types.js';
import { QUAD_LABELS, rootLabel } from '../cameo-labels.js';
import { hrefOf, Link } from '../router.js';

function SideCell({ actor }: { actor: AggregateActor }) {
  return (
    <>
      {actor.name ?? (actor.code ? '' : '—')}
      {actor.code ? (
        <>
          {' '}
          <Link to={`/actors/${encodeURIComponent(actor.code)}`} className="code">
            {actor.code}
          </Link>
        </>
      ) : null}
    </>
  );
}

/**
 * Aggregate events as rows: dates, source, event, target, place, counts, means and origin; a
 * folded event links to its first article, an imported one to its source URL.
 */
export function AggregateEventTable({ events }: { events: readonly AggregateEvent[] }) {
  return (
    <div className="table-scroll">
      <table className="event-table" data-testid="aggregate-event-table">
        <thead>
          <tr>
            <th>Seen</th>
            <th>Source</th>
            <th>Event</th>
            <th>Target</th>
            <th>Place</th>
            <th>Mentions</th>
            <th>Articles</th>
            <th>Sources</th>
            <th>Goldstein</th>
            <th>Tone</th>
            <th>Origin</th>
          </tr>
        </thead>
        <tbody>
          {events.map((event) => (
            <tr key={event.id} className={`quad-row-${event.quadClass}`} data-origin={event.origin}>
              <td>
                {event.firstSeen === null
                  ? '—'
                  : event.firstSeen === event.lastSeen
                    ? event.firstSeen
                    : `${event.firstSeen} – ${event.lastSeen}`}
              </td>
              <td>
                <SideCell actor={event.source} />
              </td>
              <td>
                <span className={`quad quad-${event.quadClass}`} title={QUAD_LABELS[event.quadClass]}>
                  {event.code}
                </span>{' '}
                {rootLabel(event.rootCode)}
              </td>
              <td>
                <SideCell actor={event.target} />
              </td>
              <td>{event.place?.name ?? '—'}</td>
              <td className="number">{event.numMentions}</td>
              <td className="number">{event.numArticles}</td>
              <td className="number">{event.numSources}</td>
              <td className="number">{event.goldstein.toFixed(1)}</td>
              <td className="number">{event.tone === null ? '—' : event.tone.toFixed(1)}</td>
              <td>
                {event.origin === 'gdelt' ? (
                  event.sourceUrl ? (
                    <a href={event.sourceUrl} rel="noreferrer noopener" target="_blank">
                      GDELT
                    </a>
                  ) : (
                    'GDELT'
                  )
                ) : event.articleIds[0] ? (
                  <Link to={hrefOf(`/articles/${encodeURIComponent(event.articleIds[0])}`)}>newsgraph</Link>
                ) : (
                  'newsgraph'
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

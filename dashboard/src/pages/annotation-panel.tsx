import type { ReactNode } from 'react';
import type { Actor, AnnotatedArticle, EventParticipant } from '../api/types.js';
import { QUAD_LABELS, rootLabel } from '../cameo-labels.js';
import { Link } from '../router.js';

interface AnnotationPanelProps {
  article: AnnotatedArticle;
  selected: string | undefined;
  onSelect: (id: string) => void;
}

/** An actor's name and code (inside a panel item's button, so not a link). */
function ActorName({ name, code }: { name: string; code: string | null | undefined }) {
  return (
    <span className="actor-name">
      {name}
      {code ? <span className="code"> {code}</span> : null}
    </span>
  );
}

/** An actor's name linking to its page when it has a code. */
function ActorLink({ name, code }: { name: string; code: string | null }) {
  if (!code) return <span className="actor-name">{name}</span>;
  return (
    <Link to={`/actors/${encodeURIComponent(code)}`} className="actor-name">
      {name} <span className="code">{code}</span>
    </Link>
  );
}

function Item({
  id,
  selected,
  onSelect,
  testId,
  children,
}: {
  id: string;
  selected: string | undefined;
  onSelect: (id: string) => void;
  testId: string;
  children: ReactNode;
}) {
  return (
    <li>
      <button
        type="button"
        className={id === selected ? 'panel-item is-selected' : 'panel-item'}
        onClick={() => onSelect(id)}
        data-testid={testId}
        data-ann-id={id}
      >
        {children}
      </button>
    </li>
  );
}

function Section({ title, count, children }: { title: string; count: number; children: ReactNode }) {
  return (
    <details className="panel-section" open={count > 0}>
      <summary>
        {title} <span className="count">{count}</span>
      </summary>
      {count > 0 ? <ul>{children}</ul> : <p className="facet-none">None found</p>}
    </details>
  );
}

/** The article's quotes, events, entities, places and actors; a click highlights one in the text. */
export function AnnotationPanel({ article, selected, onSelect }: AnnotationPanelProps) {
  const actors = new Map<string, Actor>((article.actors ?? []).map((actor) => [actor.id, actor]));
  const participant = (side: EventParticipant) => {
    const actor = side.actorId ? actors.get(side.actorId) : undefined;
    return <ActorName name={actor?.name ?? side.text} code={side.code ?? actor?.code} />;
  };
  const quotes = article.quotes ?? [];
  const events = article.events ?? [];
  const entities = article.entities ?? [];
  const places = article.places ?? [];
  return (
    <aside className="annotation-panel" aria-label="Annotations">
      <Section title="Quotes" count={quotes.length}>
        {quotes.map((quote, index) => {
          const actor = quote.speaker?.actorId ? actors.get(quote.speaker.actorId) : undefined;
          return (
            <Item
              key={quote.start}
              id={`quote-${index}`}
              selected={selected}
              onSelect={onSelect}
              testId="quote-item"
            >
              <q className={quote.direct ? 'quote-text' : 'quote-text indirect'}>{quote.text}</q>
              <span className="quote-speaker" data-testid="quote-speaker">
                {quote.speaker ? (
                  <>
                    — <ActorName name={actor?.name ?? quote.speaker.text} code={actor?.code} />
                    {actor && actor.name !== quote.speaker.text ? (
                      <span className="muted"> (“{quote.speaker.text}”)</span>
                    ) : null}
                  </>
                ) : (
                  <span className="muted">— speaker unknown</span>
                )}
              </span>
            </Item>
          );
        })}
      </Section>
      <Section title="Events" count={events.length}>
        {events.map((event) => (
          <Item key={event.id} id={event.id} selected={selected} onSelect={onSelect} testId="event-item">
            <span className="event-line">
              {participant(event.source)} <span className="verb">{event.verb.text}</span>{' '}
              {participant(event.target)}
            </span>
            <span className="event-meta">
              <span className={`quad quad-${event.quadClass}`}>{QUAD_LABELS[event.quadClass]}</span>{' '}
              {event.code} {rootLabel(event.rootCode)} · Goldstein {event.goldstein}
              {event.date ? ` · ${event.date}` : ''}
              {event.negated ? ' · negated' : ''}
              {event.hypothetical ? ' · hypothetical' : ''}
            </span>
          </Item>
        ))}
      </Section>
      <Section title="Entities" count={entities.length}>
        {entities.map((entity, index) => (
          <Item
            key={entity.start}
            id={`entity-${index}`}
            selected={selected}
            onSelect={onSelect}
            testId="entity-item"
          >
            <span className={`entity-type type-${entity.type}`}>{entity.type}</span> {entity.text}
          </Item>
        ))}
      </Section>
      <Section title="Places" count={places.length}>
        {places.map((place, index) => (
          <Item
            key={`${place.name}-${place.lat}-${place.lon}`}
            id={`place-${index}`}
            selected={selected}
            onSelect={onSelect}
            testId="place-item"
          >
            {place.name} <span className="muted">{place.country}</span>{' '}
            <span className="muted">
              {place.lat.toFixed(2)}, {place.lon.toFixed(2)} · {place.mentions.length} mention
              {place.mentions.length === 1 ? '' : 's'}
            </span>
          </Item>
        ))}
      </Section>
      <Section title="Actors" count={article.actors?.length ?? 0}>
        {(article.actors ?? []).map((actor) => (
          <li key={actor.id} className="panel-plain">
            <ActorLink name={actor.name} code={actor.code} />{' '}
            <span className="muted">
              {actor.mentions.length} mention{actor.mentions.length === 1 ? '' : 's'}
            </span>
          </li>
        ))}
      </Section>
      {article.diagnostics.length > 0 ? (
        <Section title="Diagnostics" count={article.diagnostics.length}>
          {article.diagnostics.map((diagnostic, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: diagnostics have no identity beyond their order
            <li key={index} className={`panel-plain diagnostic-${diagnostic.severity}`}>
              <span className="code">{diagnostic.code}</span> {diagnostic.message}
            </li>
          ))}
        </Section>
      ) : null}
    </aside>
  );
}

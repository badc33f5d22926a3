import type { AnnotatedArticle, EventParticipant, NewsEvent } from '../../document/annotations.js';
import { actorKey } from '../actor-key.js';
import { foldKey } from '../fold-key.js';

/**
 * One row of the `events` table: what `listEvents` filters on. The event itself stays in the
 * article's annotations, at `event_index` of its events, so that it is stored once.
 */
export interface EventRow {
  event_index: number;
  event_date: string | null;
  code: string;
  root_code: string;
  quad_class: number;
  source_actor: string | null;
  target_actor: string | null;
  source_country: string | null;
  target_country: string | null;
  goldstein: number;
  /** Where the sentence says it happened, when the place was geocoded; else all null. */
  place_name: string | null;
  place_country: string | null;
  lat: number | null;
  lon: number | null;
  /** The words of each side, the article's tone score, and the key aggregate events fold on (see fold-key.ts). */
  source_name: string | null;
  target_name: string | null;
  tone: number | null;
  fold_key: string;
}

/**
 * A side's actor key is its code, or for words that name an actor without a code, that actor's
 * name key (see `actorKey`); its country is the country the article's actors give that code.
 */
export function eventRowsFromArticle(
  article: Pick<AnnotatedArticle, 'events' | 'actors'> & Partial<Pick<AnnotatedArticle, 'tone'>>,
): EventRow[] {
  const actors = article.actors ?? [];
  const nameById = new Map(actors.map((actor) => [actor.id, actor.name]));
  const countryByCode = new Map(actors.flatMap((actor) => (actor.code ? [[actor.code, actor.country]] : [])));
  const keyOf = (side: EventParticipant): string | null => {
    if (side.code) return side.code;
    const name = side.actorId === null ? undefined : nameById.get(side.actorId);
    return name === undefined ? null : actorKey(null, name);
  };
  const countryOf = (side: EventParticipant) => (side.code ? (countryByCode.get(side.code) ?? null) : null);
  return (article.events ?? []).map((event, index) => {
    const row = {
      event_index: index,
      event_date: event.date || null,
      code: event.code,
      root_code: event.rootCode,
      quad_class: event.quadClass,
      source_actor: keyOf(event.source),
      target_actor: keyOf(event.target),
      source_country: countryOf(event.source),
      target_country: countryOf(event.target),
      goldstein: event.goldstein,
      ...placeOf(event),
      source_name: event.source.text || null,
      target_name: event.target.text || null,
      tone: article.tone?.score ?? null,
    };
    return { ...row, fold_key: foldKey(row) };
  });
}

function placeOf(event: NewsEvent): Pick<EventRow, 'place_name' | 'place_country' | 'lat' | 'lon'> {
  const { place } = event;
  if (place?.lat === undefined || place.lon === undefined) {
    return { place_name: null, place_country: null, lat: null, lon: null };
  }
  return { place_name: place.text, place_country: place.country ?? null, lat: place.lat, lon: place.lon };
}

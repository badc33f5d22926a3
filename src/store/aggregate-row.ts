import type { AggregateEvent, ImportedEvent } from './aggregate-types.js';
import type { FoldMention } from './fold-mentions.js';

/** One row of `aggregate_events` in either store: the columns filters read, and the whole event as JSON. */
export interface AggregateRow {
  id: string;
  origin: string;
  /** The fold key of a folded event (see fold-key.ts); null for an import. */
  fold_key: string | null;
  first_seen: string | null;
  last_seen: string | null;
  code: string;
  root_code: string;
  quad_class: number;
  /** Actor keys as the `events` table has them: a code, or `name:` and a folded name. */
  source_actor: string | null;
  target_actor: string | null;
  source_country: string | null;
  target_country: string | null;
  num_mentions: number;
  record: string;
}

/** The columns of `aggregate_events`, in the order of AggregateRow, for a SELECT in either store. */
export const AGGREGATE_COLUMNS = `id, origin, fold_key, first_seen, last_seen, code, root_code, quad_class,
  source_actor, target_actor, source_country, target_country, num_mentions, record`;

/**
 * The row of an aggregate event. A folded one takes its actor keys and fold key from one of its
 * mentions (all share them), so that an actor filter matches it as it matches those mentions.
 */
export function aggregateRow(
  event: AggregateEvent,
  mention?: Pick<FoldMention, 'source_actor' | 'target_actor'> & { fold_key: string },
): AggregateRow {
  return {
    id: event.id,
    origin: event.origin,
    fold_key: mention?.fold_key ?? null,
    first_seen: event.firstSeen,
    last_seen: event.lastSeen,
    code: event.code,
    root_code: event.rootCode,
    quad_class: event.quadClass,
    source_actor: mention ? mention.source_actor : event.source.code,
    target_actor: mention ? mention.target_actor : event.target.code,
    source_country: event.source.country,
    target_country: event.target.country,
    num_mentions: event.numMentions,
    record: JSON.stringify(event),
  };
}

/** An imported event as stored: origin `gdelt`, its id made from the GlobalEventID, no mentions. */
export function importedEvent(imported: ImportedEvent): AggregateEvent {
  return { ...imported, id: `gdelt-${imported.gdeltId}`, origin: 'gdelt', mentions: [], articleIds: [] };
}

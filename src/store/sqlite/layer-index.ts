import type Database from 'better-sqlite3';
import type { AnnotatedArticle } from '../../document/annotations.js';
import { actorRowsFromArticle } from './actor-row.js';
import { eventRowsFromArticle } from './event-row.js';

export interface LayerIndex {
  /** Replaces the `events` and `actors` rows of the article at `seq` with those of these annotations. */
  replace(seq: number | bigint, annotations: Pick<AnnotatedArticle, 'events' | 'actors'>): void;
}

/** The narrow tables that `listEvents` and `listActors` read, kept in step with the articles' annotations. */
export function createLayerIndex(db: Database.Database): LayerIndex {
  const statements = {
    deleteEvents: db.prepare('DELETE FROM events WHERE seq = ?'),
    deleteActors: db.prepare('DELETE FROM actors WHERE seq = ?'),
    insertEvent: db.prepare(
      `INSERT INTO events (seq, event_index, event_date, code, root_code, quad_class,
         source_actor, target_actor, source_country, target_country)
       VALUES (@seq, @event_index, @event_date, @code, @root_code, @quad_class,
         @source_actor, @target_actor, @source_country, @target_country)`,
    ),
    insertActor: db.prepare(
      `INSERT INTO actors (seq, actor_index, actor_key, code, country, roles, name, folded_name, mentions)
       VALUES (@seq, @actor_index, @actor_key, @code, @country, @roles, @name, @folded_name, @mentions)`,
    ),
  };
  return {
    replace(seq, annotations) {
      statements.deleteEvents.run(seq);
      statements.deleteActors.run(seq);
      for (const row of eventRowsFromArticle(annotations)) statements.insertEvent.run({ ...row, seq });
      for (const row of actorRowsFromArticle(annotations)) statements.insertActor.run({ ...row, seq });
    },
  };
}

import type { AnnotatedArticle } from '../../document/annotations.js';
import { actorKey, foldName } from '../actor-key.js';

/** One row of the `actors` table: an actor of one article, with what `listActors` groups and filters on. */
export interface ActorRow {
  actor_index: number;
  actor_key: string;
  code: string | null;
  country: string | null;
  roles: string;
  name: string;
  folded_name: string;
  mentions: number;
}

export function actorRowsFromArticle(article: Pick<AnnotatedArticle, 'actors'>): ActorRow[] {
  return (article.actors ?? []).map((actor, index) => ({
    actor_index: index,
    actor_key: actorKey(actor.code, actor.name),
    code: actor.code,
    country: actor.country,
    roles: JSON.stringify(actor.roles),
    name: actor.name,
    folded_name: foldName(actor.name),
    mentions: actor.mentions.length,
  }));
}

import type { ActorProfile } from '../store.js';
import { actorNames } from './actor-names.js';
import type { PrepareStatement } from './select-events.js';

const CO_ACTORS = 20;

/** One actor key's summary, its events per month on each side, and the actors in most articles with it. */
export function selectActorProfile(prepare: PrepareStatement, key: string): ActorProfile | undefined {
  const group = prepare<{
    code: string | null;
    country: string | null;
    roles: string;
    articles: number;
    mentions: number;
  }>(
    `SELECT max(code) AS code, max(country) AS country, max(roles) AS roles,
       count(DISTINCT seq) AS articles, sum(mentions) AS mentions
     FROM actors WHERE actor_key = @key HAVING count(*) > 0`,
  ).get({ key });
  if (!group) return undefined;
  const names = prepare<{ name: string }>(
    'SELECT name FROM actors WHERE actor_key = @key GROUP BY name ORDER BY sum(mentions) DESC, name',
  )
    .all({ key })
    .map((row) => row.name);
  const counts = prepare<{ asSource: number; asTarget: number }>(
    `SELECT (SELECT count(*) FROM events WHERE source_actor = @key) AS asSource,
       (SELECT count(*) FROM events WHERE target_actor = @key) AS asTarget`,
  ).get({ key });
  const months = prepare<{ month: string; asSource: number; asTarget: number }>(
    `SELECT substr(event_date, 1, 7) AS month, total(source_actor = @key) AS asSource,
       total(target_actor = @key) AS asTarget
     FROM events WHERE (source_actor = @key OR target_actor = @key) AND event_date IS NOT NULL
     GROUP BY month ORDER BY month`,
  ).all({ key });
  const coActors = prepare<{ id: string; code: string | null; articles: number }>(
    `SELECT o.actor_key AS id, max(o.code) AS code, count(DISTINCT o.seq) AS articles
     FROM actors a JOIN actors o ON o.seq = a.seq AND o.actor_key != a.actor_key
     WHERE a.actor_key = @key
     GROUP BY o.actor_key ORDER BY articles DESC, id LIMIT @limit`,
  ).all({ key, limit: CO_ACTORS });
  const coNames = actorNames(
    prepare,
    coActors.map((row) => row.id),
  );
  return {
    actor: {
      code: group.code,
      names,
      country: group.country,
      roles: JSON.parse(group.roles) as string[],
      articles: group.articles,
      mentions: group.mentions,
      eventsAsSource: counts?.asSource ?? 0,
      eventsAsTarget: counts?.asTarget ?? 0,
    },
    months,
    coActors: coActors.map((row) => ({ ...row, name: coNames.get(row.id) ?? row.id })),
  };
}

import type { Pool } from 'pg';
import type { ActorMonth, ActorProfile } from '../store.js';
import { actorNames } from './actor-names.js';

const CO_ACTORS = 20;

interface GroupRow {
  code: string | null;
  country: string | null;
  roles: string;
  articles: number;
  mentions: number;
}

/** One actor key's summary, its events per month on each side, and the actors in most articles with it. */
export async function selectActorProfile(pool: Pool, key: string): Promise<ActorProfile | undefined> {
  const [group, names, counts, months, coActors] = await Promise.all([
    pool.query<GroupRow>(
      `SELECT max(code) AS code, max(country) AS country, max(roles) AS roles,
         count(DISTINCT article_id)::int AS articles, sum(mentions)::int AS mentions
       FROM actors WHERE actor_key = $1 HAVING count(*) > 0`,
      [key],
    ),
    pool.query<{ name: string }>(
      'SELECT name FROM actors WHERE actor_key = $1 GROUP BY name ORDER BY sum(mentions) DESC, name COLLATE "C"',
      [key],
    ),
    pool.query<{ as_source: number; as_target: number }>(
      `SELECT (SELECT count(*)::int FROM events WHERE source_actor = $1) AS as_source,
         (SELECT count(*)::int FROM events WHERE target_actor = $1) AS as_target`,
      [key],
    ),
    pool.query<ActorMonth>(
      `SELECT left(event_date, 7) AS month, count(*) FILTER (WHERE source_actor = $1)::int AS "asSource",
         count(*) FILTER (WHERE target_actor = $1)::int AS "asTarget"
       FROM events WHERE (source_actor = $1 OR target_actor = $1) AND event_date IS NOT NULL
       GROUP BY month ORDER BY month`,
      [key],
    ),
    pool.query<{ id: string; code: string | null; articles: number }>(
      `SELECT o.actor_key AS id, max(o.code) AS code, count(DISTINCT o.article_id)::int AS articles
       FROM actors a
       JOIN actors o ON o.article_id = a.article_id AND o.published_month = a.published_month
         AND o.actor_key != a.actor_key
       WHERE a.actor_key = $1
       GROUP BY o.actor_key ORDER BY articles DESC, id LIMIT $2`,
      [key, CO_ACTORS],
    ),
  ]);
  const summary = group.rows[0];
  if (!summary) return undefined;
  const coNames = await actorNames(
    pool,
    coActors.rows.map((row) => row.id),
  );
  return {
    actor: {
      code: summary.code,
      names: names.rows.map((row) => row.name),
      country: summary.country,
      roles: JSON.parse(summary.roles) as string[],
      articles: summary.articles,
      mentions: summary.mentions,
      eventsAsSource: counts.rows[0]?.as_source ?? 0,
      eventsAsTarget: counts.rows[0]?.as_target ?? 0,
    },
    months: months.rows,
    coActors: coActors.rows.map((row) => ({ ...row, name: coNames.get(row.id) ?? row.id })),
  };
}

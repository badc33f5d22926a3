import type { Pool } from 'pg';
import { foldName } from '../actor-key.js';
import type { ActorList, ActorQuery } from '../store.js';
import { QueryParameters } from './query-parameters.js';

interface ActorGroupRow {
  key: string;
  code: string | null;
  country: string | null;
  roles: string;
  articles: number;
  mentions: number;
}

/**
 * Groups the `actors` rows by actor key (a code, or a folded name), then reads the names and the
 * event counts of the page's actors only.
 */
export async function selectActors(pool: Pool, query: ActorQuery): Promise<ActorList> {
  const parameters = new QueryParameters();
  const where = query.country ? `WHERE country = ${parameters.add(query.country)}` : '';
  const name = foldName(query.name ?? '');
  const having = name ? `HAVING bool_or(strpos(folded_name, ${parameters.add(name)}) > 0)` : '';
  const groups = `FROM actors ${where} GROUP BY actor_key ${having}`;
  const filterValues = [...parameters.values];
  const [count, page] = await Promise.all([
    pool.query<{ total: number }>(
      `SELECT count(*)::int AS total FROM (SELECT actor_key ${groups}) AS groups`,
      filterValues,
    ),
    pool.query<ActorGroupRow>(
      `SELECT actor_key AS key, max(code) AS code, max(country) AS country, max(roles) AS roles,
         count(DISTINCT article_id)::int AS articles, sum(mentions)::int AS mentions
       ${groups}
       ORDER BY articles DESC, mentions DESC, key
       LIMIT ${parameters.add(query.limit ?? 20)} OFFSET ${parameters.add(query.offset ?? 0)}`,
      parameters.values,
    ),
  ]);
  const keys = page.rows.map((row) => row.key);
  const [named, counted] = await Promise.all([
    pool.query<{ key: string; name: string }>(
      `SELECT actor_key AS key, name FROM actors WHERE actor_key = ANY($1)
       GROUP BY actor_key, name ORDER BY sum(mentions) DESC, name COLLATE "C"`,
      [keys],
    ),
    pool.query<{ key: string; as_source: number; as_target: number }>(
      `SELECT key,
         (SELECT count(*)::int FROM events WHERE source_actor = key) AS as_source,
         (SELECT count(*)::int FROM events WHERE target_actor = key) AS as_target
       FROM unnest($1::text[]) AS key`,
      [keys],
    ),
  ]);
  const names = new Map<string, string[]>();
  for (const row of named.rows) names.set(row.key, [...(names.get(row.key) ?? []), row.name]);
  const eventCounts = new Map(counted.rows.map((row) => [row.key, row]));
  const actors = page.rows.map((row) => ({
    code: row.code,
    names: names.get(row.key) ?? [],
    country: row.country,
    roles: JSON.parse(row.roles) as string[],
    articles: row.articles,
    mentions: row.mentions,
    eventsAsSource: eventCounts.get(row.key)?.as_source ?? 0,
    eventsAsTarget: eventCounts.get(row.key)?.as_target ?? 0,
  }));
  return { actors, total: count.rows[0]?.total ?? 0 };
}

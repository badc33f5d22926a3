import { foldName } from '../actor-key.js';
import type { ActorList, ActorQuery } from '../store.js';
import type { PrepareStatement } from './select-events.js';

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
export function selectActors(prepare: PrepareStatement, query: ActorQuery): ActorList {
  const parameters: Record<string, string | number> = {};
  const where: string[] = [];
  const having: string[] = [];
  if (query.country) {
    where.push('country = @country');
    parameters.country = query.country;
  }
  const name = foldName(query.name ?? '');
  if (name) {
    having.push('max(instr(folded_name, @name) > 0)');
    parameters.name = name;
  }
  const groups = [
    'FROM actors',
    where.length > 0 ? `WHERE ${where.join(' AND ')}` : '',
    'GROUP BY actor_key',
    having.length > 0 ? `HAVING ${having.join(' AND ')}` : '',
  ].join(' ');
  const total =
    prepare<{ total: number }>(`SELECT count(*) AS total FROM (SELECT actor_key ${groups})`).get(parameters)
      ?.total ?? 0;
  const page = prepare<ActorGroupRow>(
    `SELECT actor_key AS key, max(code) AS code, max(country) AS country, max(roles) AS roles,
       count(DISTINCT seq) AS articles, sum(mentions) AS mentions
     ${groups}
     ORDER BY articles DESC, mentions DESC, key LIMIT @limit OFFSET @offset`,
  ).all({ ...parameters, limit: query.limit ?? 20, offset: query.offset ?? 0 });
  const keys = JSON.stringify(page.map((row) => row.key));
  const names = new Map<string, string[]>();
  for (const row of prepare<{ key: string; name: string }>(
    `SELECT actor_key AS key, name FROM actors WHERE actor_key IN (SELECT value FROM json_each(@keys))
     GROUP BY actor_key, name ORDER BY sum(mentions) DESC, name`,
  ).all({ keys })) {
    const list = names.get(row.key) ?? [];
    list.push(row.name);
    names.set(row.key, list);
  }
  const eventCounts = new Map(
    prepare<{ key: string; asSource: number; asTarget: number }>(
      `SELECT value AS key,
         (SELECT count(*) FROM events WHERE source_actor = value) AS asSource,
         (SELECT count(*) FROM events WHERE target_actor = value) AS asTarget
       FROM json_each(@keys)`,
    )
      .all({ keys })
      .map((row) => [row.key, row]),
  );
  const actors = page.map((row) => ({
    code: row.code,
    names: names.get(row.key) ?? [],
    country: row.country,
    roles: JSON.parse(row.roles) as string[],
    articles: row.articles,
    mentions: row.mentions,
    eventsAsSource: eventCounts.get(row.key)?.asSource ?? 0,
    eventsAsTarget: eventCounts.get(row.key)?.asTarget ?? 0,
  }));
  return { actors, total };
}

import type { PrepareStatement } from './select-events.js';

/**
 * The names each actor key goes by, with their mentions summed over the stored articles, kept in
 * step with the actors table by triggers: the actor network and actor pages name their actors
 * from a few rows here instead of every article's actor rows (on 100,000 articles, 115 ms for the
 * network's busiest actors).
 */
export const ACTOR_NAMES_SCHEMA = `
  CREATE TABLE actor_names (
    actor_key TEXT NOT NULL,
    name      TEXT NOT NULL,
    mentions  INTEGER NOT NULL,
    -- Actor rows with this key and name: the name goes when the last goes.
    rows      INTEGER NOT NULL,
    PRIMARY KEY (actor_key, name)
  ) WITHOUT ROWID;
  INSERT INTO actor_names (actor_key, name, mentions, rows)
    SELECT actor_key, name, sum(mentions), count(*) FROM actors GROUP BY actor_key, name;
  CREATE TRIGGER actor_names_insert AFTER INSERT ON actors BEGIN
    INSERT INTO actor_names (actor_key, name, mentions, rows) VALUES (new.actor_key, new.name, new.mentions, 1)
    ON CONFLICT DO UPDATE SET mentions = mentions + excluded.mentions, rows = rows + 1;
  END;
  CREATE TRIGGER actor_names_delete AFTER DELETE ON actors BEGIN
    UPDATE actor_names SET mentions = mentions - old.mentions, rows = rows - 1
    WHERE actor_key = old.actor_key AND name = old.name;
    DELETE FROM actor_names WHERE actor_key = old.actor_key AND name = old.name AND rows = 0;
  END;
`;

/** The name each actor key goes by most often (most mentions, ties to the first in BINARY order). */
export function actorNames(prepare: PrepareStatement, keys: readonly string[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const row of prepare<{ key: string; name: string }>(
    `SELECT actor_key AS key, name FROM actor_names WHERE actor_key IN (SELECT value FROM json_each(@keys))
     ORDER BY mentions DESC, name`,
  ).all({ keys: JSON.stringify(keys) })) {
    if (!names.has(row.key)) names.set(row.key, row.name);
  }
  return names;
}

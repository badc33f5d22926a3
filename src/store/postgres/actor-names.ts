import type { Pool } from 'pg';

/** The name each actor key goes by most often (most mentions) across the stored articles. */
export async function actorNames(pool: Pool, keys: readonly string[]): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  const { rows } = await pool.query<{ key: string; name: string }>(
    `SELECT actor_key AS key, name FROM actors WHERE actor_key = ANY($1)
     GROUP BY actor_key, name ORDER BY sum(mentions) DESC, name COLLATE "C"`,
    [keys],
  );
  for (const row of rows) if (!names.has(row.key)) names.set(row.key, row.name);
  return names;
}

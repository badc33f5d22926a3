import type { PoolClient } from 'pg';

/**
 * The schema step that compresses the large values (article bodies, annotation documents, the
 * records of aggregate events) with lz4 instead of pglz, where the server has it (PostgreSQL 14 or
 * later, built with lz4, as Debian's packages are). Storing an analysed article's annotations
 * took 0.85 ms of the server's time with pglz and 0.36 ms with lz4 (`bench/postgres-workers.ts`'s
 * articles, pg_stat_statements); reading them back is faster too. Values stored before keep pglz
 * until they are written again. A server without lz4 keeps pglz, and the step does nothing.
 */
export async function compressWithLz4(client: PoolClient): Promise<void> {
  const { rows } = await client.query<{ lz4: boolean }>(
    `SELECT 'lz4' = ANY(enumvals) AS lz4 FROM pg_settings WHERE name = 'default_toast_compression'`,
  );
  if (rows[0]?.lz4 !== true) return;
  // A partitioned table passes the setting to partitions created later, not to those it has.
  const { rows: tables } = await client.query<{ name: string }>(
    `SELECT relid::text AS name FROM pg_partition_tree('articles'::regclass)`,
  );
  for (const { name } of tables) {
    await client.query(
      `ALTER TABLE ${name} ALTER COLUMN body SET COMPRESSION lz4, ALTER COLUMN annotations SET COMPRESSION lz4`,
    );
  }
  await client.query('ALTER TABLE aggregate_events ALTER COLUMN record SET COMPRESSION lz4');
}

import type { Pool, PoolClient } from 'pg';
import { NewsgraphError } from '../../errors.js';
import { MIGRATIONS, quoteIdentifier } from './migrations.js';

export interface MigrateOptions {
  /** Where the server is, for messages (`host:port/database`, no password). */
  server: string;
  /** The schema the store lives in, created if it is missing; else the user's search_path. */
  schema?: string;
  /** Fail instead of creating the schema in a database without one. */
  mustExist?: boolean;
}

/**
 * Brings the schema up to date, one step per transaction, each recorded in `schema_version`.
 * Every transaction first takes an advisory lock on the schema, so that two processes starting
 * at once migrate it once: the second waits, then finds nothing left to do. A step that fails
 * leaves the schema at the step before it.
 */
export async function migrateSchema(pool: Pool, options: MigrateOptions): Promise<number> {
  const client = await pool.connect();
  try {
    for (;;) {
      await client.query('BEGIN');
      try {
        await client.query(`SELECT pg_advisory_xact_lock(hashtextextended('newsgraph schema ' || $1, 0))`, [
          options.schema ?? (await client.query('SHOW search_path')).rows[0]?.search_path,
        ]);
        const version = await readVersion(client, options);
        if (version === MIGRATIONS.length) {
          await client.query('COMMIT');
          return version;
        }
        const migration = MIGRATIONS[version];
        if (typeof migration === 'string') await client.query(migration);
        else await migration?.(client);
        await client.query('INSERT INTO schema_version (version) VALUES ($1)', [version + 1]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        if (error instanceof NewsgraphError) throw error;
        throw new NewsgraphError(
          'STORE_SCHEMA',
          `cannot bring the newsgraph schema in ${options.server} up to date: ${(error as Error).message}`,
          { cause: error },
        );
      }
    }
  } finally {
    client.release();
  }
}

async function readVersion(client: PoolClient, options: MigrateOptions): Promise<number> {
  const { rows } = await client.query<{ exists: boolean }>(
    `SELECT to_regclass('schema_version') IS NOT NULL AS exists`,
  );
  if (!rows[0]?.exists) {
    if (options.mustExist) {
      throw new NewsgraphError(
        'STORE_NOT_FOUND',
        `no newsgraph database in ${options.server}${options.schema ? ` (schema ${options.schema})` : ''}: ingest articles first, or name another with --db`,
      );
    }
    if (options.schema) await client.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdentifier(options.schema)}`);
    await client.query(
      'CREATE TABLE schema_version (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
    );
    return 0;
  }
  const version =
    (
      await client.query<{ version: number }>(
        'SELECT coalesce(max(version), 0) AS version FROM schema_version',
      )
    ).rows[0]?.version ?? 0;
  if (version > MIGRATIONS.length) {
    throw new NewsgraphError(
      'STORE_SCHEMA',
      `${options.server} has newsgraph schema version ${version}, newer than this newsgraph knows (${MIGRATIONS.length}): upgrade newsgraph`,
    );
  }
  return version;
}

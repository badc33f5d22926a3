import type { PoolClient } from 'pg';

/** Where the store creates the unaccent extension: a schema of its own, dropped with no store. */
export const EXTENSIONS_SCHEMA = 'newsgraph_extensions';

/**
 * The schema of the unaccent extension: where the database has it, or where it could be created
 * now; undefined when the server lacks it or the user may not create it (accents then stay
 * significant). An extension lives in one schema of a database, and every store's text search
 * configuration goes through it. Created in the first store's own schema, as it was before, it
 * went when that schema was dropped (`DROP SCHEMA ... CASCADE`, as the tests and the bench do
 * with theirs), and the configuration of every other store in the database with it. Hence a schema
 * of its own, or, for a user who may not create schemas, the current one as before.
 */
export async function findOrCreateUnaccent(client: PoolClient): Promise<string | undefined> {
  const existing = await unaccentSchema(client);
  if (existing !== undefined) return existing;
  const tries = [
    [
      `CREATE SCHEMA IF NOT EXISTS ${EXTENSIONS_SCHEMA}`,
      `CREATE EXTENSION unaccent SCHEMA ${EXTENSIONS_SCHEMA}`,
    ],
    ['CREATE EXTENSION unaccent'],
  ];
  for (const statements of tries) {
    await client.query('SAVEPOINT unaccent');
    try {
      for (const statement of statements) await client.query(statement);
      await client.query('RELEASE SAVEPOINT unaccent');
      return await unaccentSchema(client);
    } catch {
      // Not installed on the server, or not allowed to this user.
      await client.query('ROLLBACK TO SAVEPOINT unaccent');
    }
  }
  // Another store's migration may have created it meanwhile (its CREATE then failed here).
  return unaccentSchema(client);
}

/** The schema the database's unaccent extension is in, if it has the extension. */
export async function unaccentSchema(client: Pick<PoolClient, 'query'>): Promise<string | undefined> {
  const { rows } = await client.query<{ schema: string }>(
    `SELECT n.nspname AS schema FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
     WHERE e.extname = 'unaccent'`,
  );
  return rows[0]?.schema;
}

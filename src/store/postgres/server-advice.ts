/** SQLSTATEs and socket errors of a connection the server or the network ended, not of a bad query. */
const CONNECTION_LOST = new Set([
  '57P01',
  '57P02',
  '57P03',
  '08000',
  '08003',
  '08006',
  'ECONNRESET',
  'EPIPE',
]);
/** Errors of reaching the server or logging in: nothing listens there, a wrong host, user or password. */
const UNREACHABLE = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  '28P01',
  '28000',
]);
/** The database (3D000), or a schema or table of newsgraph's in it (3F000, 42P01), is not there. */
const DATABASE_GONE = '3D000';
const TABLES_GONE = new Set(['3F000', '42P01']);

/** What to check when nothing more precise can be said. */
export const CHECK_SERVER =
  "Check that the server runs and that the URL's user, password and database are right";

/** Whether the error is of a connection the server or the network ended. */
export function isConnectionLost(error: unknown): boolean {
  const { code, message } = error as { code?: string; message?: string };
  return (
    (code !== undefined && CONNECTION_LOST.has(code)) ||
    /^(Connection terminated|Client has encountered a connection error)/.test(message ?? '')
  );
}

/**
 * What to do when the server, its database or newsgraph's tables in it cannot be used, from the
 * error's SQLSTATE or socket code; undefined for an error of the statement itself.
 */
export function serverAdvice(error: unknown): string | undefined {
  const { code, message } = error as { code?: string; message?: string };
  if (code === DATABASE_GONE) {
    return "Create it (createdb, or CREATE DATABASE) and ingest into it, which creates newsgraph's tables, or name another database with --db";
  }
  if (code !== undefined && TABLES_GONE.has(code)) {
    return "newsgraph's tables are not there (dropped, or the database made again): ingest into it, which creates them, or name another database with --db";
  }
  const isUnreachable =
    (code !== undefined && UNREACHABLE.has(code)) ||
    isConnectionLost(error) ||
    /^timeout exceeded when trying to connect/.test(message ?? '');
  return isUnreachable ? CHECK_SERVER : undefined;
}

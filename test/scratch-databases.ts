import pg from 'pg';

/** The variable naming the test server's database, and whether a missing server fails the tests. */
export const URL_VARIABLE = 'NEWSGRAPH_TEST_POSTGRES_URL';
export const requireAll = process.env.NEWSGRAPH_REQUIRE_ALL === '1';

/**
 * Databases of a test file's own on the server of URL_VARIABLE: made, dropped with the sessions
 * still connected, and dropped after the file's tests (`dropAll`).
 */
export class ScratchDatabases {
  readonly url = process.env[URL_VARIABLE] ?? '';
  readonly #names: string[] = [];
  #admin: pg.Client | undefined;

  /** What this machine lacks to create and drop databases ('' when nothing). */
  async whatIsMissing(): Promise<string> {
    if (!this.url) return `set ${URL_VARIABLE} to a database of a server where its user may create databases`;
    const client = new pg.Client(this.url);
    try {
      await client.connect();
      const { rows } = await client.query<{ may: boolean }>(
        'SELECT rolcreatedb OR rolsuper AS may FROM pg_roles WHERE rolname = current_user',
      );
      return rows[0]?.may
        ? ''
        : `the user of ${URL_VARIABLE} may not create databases: give it CREATEDB (ALTER ROLE name CREATEDB, as a superuser)`;
    } catch (error) {
      return `cannot connect to the server of ${URL_VARIABLE}: ${(error as Error).message}`;
    } finally {
      await client.end().catch(() => {});
    }
  }

  /** A database name no test has used, and the URL of it. */
  name(what: string): { name: string; db: string } {
    const name = `newsgraph_test_${process.pid}_${what}`;
    this.#names.push(name);
    const db = new URL(this.url);
    db.pathname = `/${name}`;
    return { name, db: db.toString() };
  }

  async create(name: string): Promise<void> {
    await (await this.#connected()).query(`CREATE DATABASE ${name}`);
  }

  /**
   * As an operator would, with the newsgraph processes still connected to it. FORCE ends the other
   * sessions, but a role without superuser may end only its own: a session of no role of the test's,
   * such as an autovacuum worker after the tests' writes, fails the drop (PostgreSQL 15: "must be a
   * member of the role whose process is being terminated"; seen once, in the cleanup after all
   * tests). Such a session is short: the drop is tried again.
   */
  async drop(name: string): Promise<void> {
    const admin = await this.#connected();
    for (let attempt = 1; ; attempt++) {
      try {
        await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        return;
      } catch (error) {
        if ((error as { code?: string }).code !== '42501' || attempt === 20) throw error;
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    }
  }

  /** Drops every database named, and closes the connection. */
  async dropAll(): Promise<void> {
    if (!this.#admin) return;
    for (const name of this.#names) await this.drop(name);
    await this.#admin.end();
    this.#admin = undefined;
  }

  async #connected(): Promise<pg.Client> {
    if (!this.#admin) {
      this.#admin = new pg.Client(this.url);
      await this.#admin.connect();
    }
    return this.#admin;
  }
}

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { describeStoreContract } from '../store.contract.js';
import { MIGRATIONS } from './migrations.js';
import { SqliteStore } from './sqlite-store.js';

const folder = mkdtempSync(join(tmpdir(), 'newsgraph-sqlite-'));
let count = 0;
const freshPath = () => join(folder, `store-${count++}.db`);

afterAll(() => rmSync(folder, { recursive: true, force: true }));

describeStoreContract('SqliteStore', async () => new SqliteStore(freshPath()));

describe('SqliteStore', () => {
  it('opens an existing file at its schema version without migrating it again', async () => {
    const path = freshPath();
    await new SqliteStore(path).close();
    const store = new SqliteStore(path);
    await store.close();
    const db = new Database(path);
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    db.close();
  });

  it('refuses a file written by a newer schema', async () => {
    const path = freshPath();
    const db = new Database(path);
    db.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    db.close();
    expect(() => new SqliteStore(path)).toThrow(/newer than this newsgraph knows/);
  });

  it('writes with a WAL journal', async () => {
    const path = freshPath();
    await new SqliteStore(path).close();
    const db = new Database(path);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });
});

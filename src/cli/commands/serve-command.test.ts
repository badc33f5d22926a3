import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SqliteStore } from '../../store/sqlite/sqlite-store.js';
import { eventFixtures } from '../../store/store.contract.js';
import { captureCli } from '../capture-cli.js';

const folder = mkdtempSync(join(tmpdir(), 'newsgraph-serve-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
const ROOT = join(import.meta.dirname, '../../..');

describe('newsgraph serve', () => {
  it('serves the API on 127.0.0.1, prints the URL, and stops cleanly on SIGTERM', async () => {
    const db = join(folder, 'serve.db');
    const store = new SqliteStore(db);
    const { israel } = eventFixtures();
    await store.putArticles([israel]);
    await store.close();
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'src/cli/bin.ts', 'serve', '--db', db, '--port', '0'],
      {
        cwd: ROOT,
        env: { ...process.env, NEWSGRAPH_TOKEN: 'from-env' },
      },
    );
    let out = '';
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const found = /http:\/\/127\.0\.0\.1:\d+\//.exec(out);
        if (found) resolve(found[0]);
      });
      child.once('exit', () => reject(new Error(`exited early: ${out}`)));
    });
    const response = await fetch(`${url}api/articles?q=Netanyahu`);
    expect(response.status).toBe(200);
    expect(((await response.json()) as { total: number }).total).toBe(1);
    const write = await fetch(`${url}api/articles`, {
      method: 'POST',
      body: '{}',
      headers: { 'Content-Type': 'application/json', Authorization: 'Bearer wrong' },
    });
    expect(write.status).toBe(401);
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(out).toContain('stopped');
  }, 60_000);

  it('refuses a database that does not exist, and a port out of range', async () => {
    expect((await captureCli('serve', '--db', join(folder, 'none.db'))).code).toBe(2);
    expect((await captureCli('serve', '--port', '70000')).code).toBe(2);
  });
});

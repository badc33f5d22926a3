import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../system.js';
import { captureCli } from '../capture-cli.js';

const folder = mkdtempSync(join(tmpdir(), 'newsgraph-demo-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('newsgraph demo', () => {
  it('ingests the examples, searches them, and lists their events and actors', async () => {
    const db = join(folder, 'demo.db');
    const { code, out: text } = await captureCli('demo', '--db', db, '--no-serve');
    expect(code).toBe(0);
    expect(text).toMatch(/Ingested \d+ example files/);
    expect(text).toMatch(/newsgraph events {2}\(\d+ events, the 5 latest\)/);
    expect(text).toMatch(/newsgraph actors {2}\(\d+ actors, the 8 in most articles\)/);

    const store = openStore(db);
    try {
      const events = await store.listEvents({ limit: 1000 });
      expect(events.total).toBeGreaterThan(0);
      // The events the demo printed are the stored ones, newest first.
      const latest = events.events[0];
      expect(latest && text.includes(latest.evidence)).toBe(true);
    } finally {
      await store.close();
    }
  }, 120_000);
});

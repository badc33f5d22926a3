import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { GdeltEvent } from '../formats/gdelt/gdelt-event.js';
import { openStore } from '../system.js';
import { ingestArticles } from './ingest-articles.js';

const GDELT = join(import.meta.dirname, '../../examples/gdelt');
const folder = mkdtempSync(join(tmpdir(), 'newsgraph-ingest-gdelt-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('ingestArticles with GDELT event files', () => {
  it('hands the valid rows of a folder of GDELT files to importEvents and rejects the rest', async () => {
    const store = openStore(join(folder, 'a.db'));
    const stored: GdeltEvent[] = [];
    try {
      const summary = await ingestArticles(store, {
        paths: [GDELT],
        importEvents: async (events) => {
          stored.push(...events);
          return events.length;
        },
      });
      expect(summary).toMatchObject({ files: 1, added: 0, imported: 4 });
      expect(summary.rejected.map((rejection) => rejection.line)).toEqual([5, 6]);
      expect(stored.map((event) => event.code)).toEqual(['036', '190', '141', '172']);
    } finally {
      await store.close();
    }
  });

  it('rejects a GDELT file when nothing can keep its events', async () => {
    const store = openStore(join(folder, 'b.db'));
    try {
      const summary = await ingestArticles(store, { paths: [GDELT] });
      expect(summary.rejected).toEqual([
        {
          input: join(GDELT, '20180617093000.export.CSV'),
          reason: 'this store cannot keep GDELT events (events without articles)',
        },
      ]);
    } finally {
      await store.close();
    }
  });
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { quoteFixtures } from '../../store/store.contract.js';
import { openStore } from '../../system.js';
import { captureCli } from '../capture-cli.js';

const folder = mkdtempSync(join(tmpdir(), 'newsgraph-show-'));
const db = join(folder, 'news.db');
const { israel } = quoteFixtures();

beforeAll(async () => {
  const store = openStore(db);
  await store.putArticles([israel]);
  await store.close();
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const run = captureCli;

describe('newsgraph show', () => {
  it("prints the article's quotes with their speakers, its places and its tone", async () => {
    const { code, lines } = await run('show', israel.id, '--db', db);
    expect(code).toBe(0);
    expect(lines).toContain('ISRGOV Netanyahu: “We will act against any threat”');
    expect(lines).toContain('ISRGOV Netanyahu (as "He"): Iran must leave Syria');
    expect(lines).toContain('A senior official: the talks in Jerusalem went well');
    expect(lines).toContain('places: Jerusalem (ISR), Syria (SYR), Iran (IRN)');
    expect(lines).toContain('tone: -2.5 (positive 1.5%, negative 4%, 48 words)');
  });

  it('names the story the article belongs to, with what its articles share and its id', async () => {
    const { code, lines } = await run('show', israel.id, '--db', db);
    expect(code).toBe(0);
    expect(lines).toContain(
      `story: ${israel.title} (1 article) · IRN, ISRGOV, RUSGOV · Iran, Jerusalem, Syria · story ${israel.id}`,
    );
  });
});

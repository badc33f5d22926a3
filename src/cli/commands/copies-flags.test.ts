import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFixtures } from '../../store/duplicates.contract.js';
import { openStore } from '../../system.js';
import { captureCli } from '../capture-cli.js';

const folder = mkdtempSync(join(tmpdir(), 'newsgraph-copies-'));
const db = join(folder, 'news.db');
const { original, copy } = copyFixtures();

beforeAll(async () => {
  const store = openStore(db);
  await store.putArticles([original]);
  await store.putArticles([copy]);
  await store.close();
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('near-duplicates in the CLI', () => {
  it('shows what an article copies, with the similarity, and what copies it', async () => {
    const shown = await captureCli('show', copy.id, '--db', db);
    const similarity = shown.lines.find((line) => line.startsWith('copy of '));
    expect(similarity).toMatch(new RegExp(`^copy of ${original.id} \\((0\\.9\\d|1\\.00)\\)$`));
    const shownOriginal = await captureCli('show', original.id, '--db', db);
    expect(shownOriginal.lines.some((line) => line.startsWith(`copied by ${copy.id} (`))).toBe(true);
  });

  it('puts duplicateOf in the JSON of show', async () => {
    const { out } = await captureCli('show', copy.id, '--db', db, '--json');
    expect(JSON.parse(out).duplicateOf.id).toBe(original.id);
  });

  it('leaves copies out of search with --no-copies', async () => {
    const ids = async (...flags: string[]) =>
      JSON.parse((await captureCli('search', 'crossings', '--db', db, '--json', ...flags)).out).hits.map(
        (hit: { article: { id: string } }) => hit.article.id,
      );
    expect((await ids()).sort()).toEqual([original.id, copy.id].sort());
    expect(await ids('--no-copies')).toEqual([original.id]);
  });
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventFixtures } from '../../store/store.contract.js';
import type { StoryDetail, StoryList } from '../../store/store.js';
import { openStore } from '../../system.js';
import { captureCli } from '../capture-cli.js';

const folder = mkdtempSync(join(tmpdir(), 'newsgraph-stories-'));
const db = join(folder, 'news.db');
const { israel, russia } = eventFixtures();
const copy = eventFixtures({ israel: { source: 'Meridian Wire', publishedAt: '2018-06-18' } }).israel;

beforeAll(async () => {
  const store = openStore(db);
  await store.putArticles([israel, russia, copy]);
  await store.close();
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const run = captureCli;

describe('newsgraph stories', () => {
  it('prints each story with its title, size and dates, what its articles share, and its id', async () => {
    const result = await run('stories', '--db', db);
    expect(result.code).toBe(0);
    expect(result.lines).toContain(`  1. ${russia.title}  (1 article, 2018-07-02)`);
    expect(result.lines).toContain(`  2. ${israel.title}  (2 articles, 2018-06-17..2018-06-18)`);
    expect(result.lines).toContain(`     IGOUNO, IRN, ISRGOV, RUSMIL · story ${israel.id}`);
    expect(result.out.split('\n').at(-1)).toBe('1-2 of 2');
  });

  it('answers JSON with --json, and keeps stories of at least --min-articles', async () => {
    const result = await run('stories', '--db', db, '--json', '--min-articles', '2');
    const list = JSON.parse(result.out) as StoryList;
    expect(list.total).toBe(1);
    expect(list.stories.map((story) => [story.id, story.articles])).toEqual([[israel.id, 2]]);
  });

  it('shows one story with its articles, oldest first', async () => {
    const result = await run('stories', israel.id, '--db', db, '--json');
    expect(result.code).toBe(0);
    const detail = JSON.parse(result.out) as StoryDetail;
    expect(detail.articles.map((article) => article.id)).toEqual([israel.id, copy.id]);
  });

  it('exits 1 for a story that does not exist, and 2 for a bad date', async () => {
    expect((await run('stories', 'nope', '--db', db)).code).toBe(1);
    const bad = await run('stories', '--db', db, '--from', '2018-13-01');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('stories from:');
  });
});

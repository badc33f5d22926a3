import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFixtures } from '../store/duplicates.contract.js';
import { SqliteStore } from '../store/sqlite/sqlite-store.js';
import { defaultPipeline } from '../system.js';
import { createApp } from './create-app.js';
import { annotatedArticleSchema } from './schemas/article-schema.js';

const folder = mkdtempSync(join(tmpdir(), 'newsgraph-copies-api-'));
const store = new SqliteStore(join(folder, 'api.db'));
const app = createApp({ store, pipeline: defaultPipeline, token: 'token', maxBodyBytes: 64 * 1024 });
const { original, copy } = copyFixtures();

beforeAll(async () => {
  await store.putArticles([original, copy]);
});
afterAll(async () => {
  await store.close();
  rmSync(folder, { recursive: true, force: true });
});

async function getJson(path: string) {
  const response = await app.request(path);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('near-duplicates in the API', () => {
  it('lists copies by default and leaves them out with copies=exclude', async () => {
    const ids = async (query: string) =>
      ((await getJson(`/api/articles${query}`)).body.articles as { article: { id: string } }[]).map(
        (hit) => hit.article.id,
      );
    expect((await ids('?q=crossings')).sort()).toEqual([original.id, copy.id].sort());
    expect(await ids('?q=crossings&copies=exclude')).toEqual([original.id]);
    expect(await ids('?copies=exclude')).toEqual([original.id]);
  });

  it('refuses another value of copies, naming it', async () => {
    const { status, body } = await getJson('/api/articles?copies=none');
    expect(status).toBe(400);
    expect(JSON.stringify(body)).toContain('copies');
  });

  it('gives duplicateOf and copies in the annotated article, as its schema describes', async () => {
    const { status, body } = await getJson(`/api/articles/${copy.id}`);
    expect(status).toBe(200);
    expect(annotatedArticleSchema.strict().safeParse(body).error).toBeUndefined();
    expect(body.duplicateOf).toMatchObject({ id: original.id });
    const read = await getJson(`/api/articles/${original.id}`);
    expect(read.body.copies).toMatchObject([{ id: copy.id }]);
    expect(read.body.duplicateOf).toBeUndefined();
  });
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SqliteStore } from '../../store/sqlite/sqlite-store.js';
import { eventFixtures } from '../../store/store.contract.js';
import { defaultPipeline } from '../../system.js';
import { createApp } from '../create-app.js';
import { aggregateEventListSchema, storyDetailSchema, storyListSchema } from '../schemas/story-schemas.js';

const folder = mkdtempSync(join(tmpdir(), 'newsgraph-story-routes-'));
const store = new SqliteStore(join(folder, 'api.db'));
const app = createApp({ store, pipeline: defaultPipeline, cache: false });
const { israel, russia } = eventFixtures();
const copy = eventFixtures({ israel: { source: 'Meridian Wire' } }).israel;

beforeAll(async () => {
  await store.putArticles([israel, russia, copy]);
  await store.putImportedEvents([
    {
      gdeltId: 42,
      source: { code: 'ISRGOV', name: 'ISRAEL', country: 'ISR' },
      target: { code: 'IRN', name: 'IRAN', country: 'IRN' },
      isRootEvent: true,
      code: '106',
      baseCode: '106',
      rootCode: '10',
      quadClass: 3,
      goldstein: -5,
      numMentions: 4,
      numSources: 2,
      numArticles: 4,
      tone: -3,
      firstSeen: '2018-06-17',
      lastSeen: '2018-06-17',
      dateAdded: '2018-06-17T12:00:00.000Z',
      place: null,
    },
  ]);
});
afterAll(async () => {
  await store.close();
  rmSync(folder, { recursive: true, force: true });
});

async function getJson(path: string) {
  const response = await app.request(path);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('the aggregate event and story routes', () => {
  it.each([
    ['/api/aggregate-events', aggregateEventListSchema],
    ['/api/aggregate-events?origin=gdelt', aggregateEventListSchema],
    ['/api/stories?minArticles=1', storyListSchema],
    [`/api/stories/${israel.id}`, storyDetailSchema],
  ])('answers %s in the shape its schema describes', async (path, schema) => {
    const { status, body } = await getJson(path);
    expect(status).toBe(200);
    expect(schema.strict().safeParse(body).error).toBeUndefined();
  });

  it('folds the two reports of one event and keeps the GDELT one apart, by origin', async () => {
    const codes = async (query: string) => {
      const { body } = await getJson(`/api/aggregate-events?code=106${query}`);
      return (body.events as { origin: string; numMentions: number }[]).map((event) => [
        event.origin,
        event.numMentions,
      ]);
    };
    expect(await codes('&origin=newsgraph')).toEqual([['newsgraph', 2]]);
    expect(await codes('&origin=gdelt')).toEqual([['gdelt', 4]]);
    expect((await codes('')).sort()).toEqual([
      ['gdelt', 4],
      ['newsgraph', 2],
    ]);
  });

  it('lists the stories and gives one with its articles', async () => {
    const { body } = await getJson('/api/stories');
    expect(body.total).toBe(2);
    const { body: detail } = await getJson(`/api/stories/${israel.id}`);
    expect((detail.articles as { id: string }[]).map((article) => article.id).sort()).toEqual(
      [israel.id, copy.id].sort(),
    );
  });

  it.each([
    ['/api/aggregate-events?origin=cameo', 400, 'bad_request'],
    ['/api/aggregate-events?source=x', 400, 'bad_request'],
    ['/api/stories?minArticles=0', 400, 'bad_request'],
    ['/api/stories/no-such-story', 404, 'not_found'],
  ])('answers %s with %i', async (path, status, code) => {
    const answer = await getJson(path);
    expect(answer.status).toBe(status);
    expect(answer.body).toMatchObject({ error: { code } });
  });
});

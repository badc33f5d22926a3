import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createArticle } from '../document/article.js';
import { toAnnotatedJson } from '../document/to-annotated-json.js';
import { SqliteStore } from '../store/sqlite/sqlite-store.js';
import { eventFixtures, quoteFixtures } from '../store/store.contract.js';
import { defaultPipeline } from '../system.js';
import { createApp } from './create-app.js';
import { annotatedArticleSchema } from './schemas/article-schema.js';
import {
  actorListSchema,
  actorPageSchema,
  articlePageSchema,
  eventListSchema,
  eventMapSchema,
  networkSchema,
  placeListSchema,
  quoteListSchema,
  sourceListSchema,
  timelineSchema,
} from './schemas/page-schemas.js';
import { NOT_BUILT_TEXT } from './serve-dashboard.js';

const folder = mkdtempSync(join(tmpdir(), 'newsgraph-server-'));
const store = new SqliteStore(join(folder, 'api.db'));
const TOKEN = 'secret-token';
const app = createApp({ store, pipeline: defaultPipeline, token: TOKEN, maxBodyBytes: 64 * 1024 });
const { israel, russia } = eventFixtures();
const quoted = quoteFixtures();

beforeAll(async () => {
  await store.putArticles([israel, russia, quoted.russia, quoted.undated]);
});
afterAll(async () => {
  await store.close();
  rmSync(folder, { recursive: true, force: true });
});

async function getJson(path: string) {
  const response = await app.request(path);
  return { status: response.status, body: (await response.json()) as Record<string, unknown>, response };
}

describe('the read routes', () => {
  it.each([
    ['/api/articles', articlePageSchema],
    ['/api/articles?q=Netanyahu&actor=ISR', articlePageSchema],
    ['/api/events?actor=RUS&limit=2', eventListSchema],
    ['/api/actors?country=RUS', actorListSchema],
    ['/api/actors/ISRGOV', actorPageSchema],
    ['/api/quotes?actor=RUSGOV', quoteListSchema],
    ['/api/places?country=SYR', placeListSchema],
    ['/api/sources', sourceListSchema],
    ['/api/timeline?from=2018-06-01&to=2018-07-31', timelineSchema],
    ['/api/network?nodes=3', networkSchema],
    ['/api/map?quad=1', eventMapSchema],
  ])('answers %s in the shape its schema describes', async (path, schema) => {
    const { status, body } = await getJson(path);
    expect(status).toBe(200);
    expect(schema.strict().safeParse(body).error).toBeUndefined();
  });

  it('searches articles with filters and facets', async () => {
    const { body } = await getJson('/api/articles?q=Netanyahu&source=harbor%20gazette');
    expect(body.total).toBe(1);
    expect(body.articles).toMatchObject([{ article: { id: israel.id } }]);
    expect(body.facets).toMatchObject({
      counted: 1,
      interval: 'day',
      sources: [{ value: 'Harbor Gazette', count: 1 }],
    });
  });

  it('gives one article with every layer, by its id or a prefix', async () => {
    const { status, body } = await getJson(`/api/articles/${israel.id.slice(0, 6)}`);
    expect(status).toBe(200);
    expect(body).toEqual(JSON.parse(JSON.stringify(toAnnotatedJson(israel))));
    expect(annotatedArticleSchema.strict().safeParse(body).error).toBeUndefined();
  });

  it("gives an actor's page with its events over time, its quotes and the actors beside it", async () => {
    const { body } = await getJson('/api/actors/rusgov');
    expect(body).toMatchObject({ actor: { code: 'RUSGOV' }, months: [{ month: '2018-07' }] });
    expect((body.quotes as unknown[]).length).toBe(1);
    expect((await getJson('/api/actors/name:D%C3%A1na%20Levi')).status).toBe(200);
  });

  it.each([
    ['/api/articles/ffffffffffff', 404, 'not_found'],
    ['/api/actors/XYZGOV', 404, 'not_found'],
    ['/api/nowhere', 404, 'not_found'],
    ['/api/articles/abc', 400, 'bad_request'],
    ['/api/articles?quad=7', 400, 'bad_request'],
    ['/api/articles?from=2018-02-30', 400, 'bad_request'],
    ['/api/articles?from=2019-01-01&to=2018-01-01', 400, 'bad_request'],
    ['/api/articles?limit=-1', 400, 'bad_request'],
    ['/api/articles?limit=abc', 400, 'bad_request'],
    ['/api/articles?colour=red', 400, 'bad_request'],
    ['/api/events?root=21', 400, 'bad_request'],
    ['/api/events?actor=%27%3B%20DROP', 400, 'bad_request'],
    ['/api/network?nodes=0', 400, 'bad_request'],
    ['/api/map?limit=99999', 400, 'bad_request'],
    ['/api/actors/%3Cscript%3E', 400, 'bad_request'],
    ['/api/sources?offset=x', 400, 'bad_request'],
  ])('answers %s with %i and a JSON error', async (path, status, code) => {
    const answer = await getJson(path);
    expect(answer.status).toBe(status);
    expect(answer.body).toEqual({ error: { code, message: expect.any(String) } });
  });

  it('describes every route in its OpenAPI document', async () => {
    const { body } = await getJson('/api/openapi.json');
    expect(Object.keys(body.paths as object).sort()).toEqual([
      '/api/actors',
      '/api/actors/{code}',
      '/api/aggregate-events',
      '/api/articles',
      '/api/articles/{id}',
      '/api/events',
      '/api/map',
      '/api/network',
      '/api/places',
      '/api/quotes',
      '/api/sources',
      '/api/stories',
      '/api/stories/{id}',
      '/api/timeline',
    ]);
  });
});

describe('search syntax', () => {
  it.each([
    ['"prime minister"'],
    ['Netanyahu OR Putin'],
    ['Netan*'],
    ['Syria -Daraa'],
    ['"unbalanced quote'],
    ['NEAR(Netanyahu Putin)'],
    ["'; DROP TABLE articles; --"],
    ['title:Netanyahu'],
    ['Netanyahu AND NOT'],
    ['(((Syria'],
    ['^Syria'],
    ['Syria\u0000'],
    ['"'],
    ['\\'],
    ['%'],
    ['x'.repeat(999)],
  ])('answers the search %j with results or a 400, never a 500', async (q) => {
    const { status, body } = await getJson(`/api/articles?q=${encodeURIComponent(q)}`);
    expect([200, 400]).toContain(status);
    if (status === 400) expect(body.error).toMatchObject({ code: 'bad_request' });
    else expect(articlePageSchema.safeParse(body).success).toBe(true);
  });

  it.each([['*'], ['-'], ['"" ""'], ['!!!'], ['-Syria']])(
    'answers %j, which has no word to look for, with a 400 that says so',
    async (q) => {
      const { status, body } = await getJson(`/api/articles?q=${encodeURIComponent(q)}`);
      expect(status).toBe(400);
      expect((body.error as { message: string }).message).toMatch(/no word to look for/);
    },
  );

  it('refuses a search over 1000 characters with a 400', async () => {
    expect((await getJson(`/api/articles?q=${'x'.repeat(1001)}`)).status).toBe(400);
  });
});

describe('security', () => {
  it('sets a strict Content-Security-Policy and the other security headers on every answer', async () => {
    for (const path of ['/api/articles', '/api/nowhere', '/']) {
      const { headers } = await app.request(path);
      const policy = headers.get('Content-Security-Policy') ?? '';
      expect(policy).toContain("default-src 'self'");
      expect(policy).toContain("frame-ancestors 'none'");
      expect(policy).not.toContain('unsafe-inline');
      expect(headers.get('X-Content-Type-Options')).toBe('nosniff');
      expect(headers.get('Referrer-Policy')).toBe('no-referrer');
    }
  });

  it('keeps hostile article text, quotes and source as JSON text, unchanged', async () => {
    const hostile = createArticle(
      {
        title: '<script>alert(1)</script> "; DROP TABLE articles; --',
        lede: '<img src=x onerror="alert(2)"> NEAR(a b) *',
        body: [
          '"<a href=\'javascript:alert(3)\'>click</a>," said Mallory.',
          "Robert'); DROP TABLE events;-- wrote back.",
        ],
        publishedAt: '2020-01-01',
        source: '<b>Evil</b> & "Co" \'; --',
      },
      { location: 'test', reader: 'test@1', contentHash: 'x', retrievedAt: '2020-01-01T00:00:00Z' },
    );
    const words = "<a href='javascript:alert(3)'>click</a>,";
    const start = hostile.text.indexOf(words);
    const annotated = {
      ...hostile,
      quotes: [{ text: words, start, end: start + words.length, direct: true }],
      stages: [],
    };
    await store.putArticles([annotated]);
    const { body } = await getJson(`/api/articles/${hostile.id}`);
    expect(body.title).toBe(hostile.title);
    expect(body.lede).toBe(hostile.lede);
    expect(body.source).toBe(hostile.source);
    expect(body.text).toBe(hostile.text);
    expect(body.quotes).toEqual(annotated.quotes);
    const found = await getJson(`/api/articles?q=${encodeURIComponent('script alert')}`);
    expect(found.status).toBe(200);
    expect(found.body.articles).toMatchObject([
      { article: { id: hostile.id, title: hostile.title, source: hostile.source } },
    ]);
    const bySource = await getJson(`/api/articles?source=${encodeURIComponent(hostile.source)}`);
    expect(bySource.body.total).toBe(1);
    const { response } = await getJson(`/api/articles/${hostile.id}`);
    expect(response.headers.get('Content-Type')).toMatch(/^application\/json/);
  });
});

describe('POST /api/articles', () => {
  const seed = [
    'Harbour workers strike in Rotterdam',
    '03/04/2021',
    'Dock workers walked out on Wednesday.',
    'strike.jpg',
    'The union said the strike would last two days.',
    'Port Weekly',
  ].join('\n\n');
  const post = (body: string, headers: Record<string, string>) =>
    app.request('/api/articles', { method: 'POST', body, headers });
  const auth = { Authorization: `Bearer ${TOKEN}` };

  it('refuses a write without the token (401) or with a wrong one', async () => {
    expect((await post(seed, { 'Content-Type': 'text/plain' })).status).toBe(401);
    const wrong = await post(seed, { 'Content-Type': 'text/plain', Authorization: 'Bearer nope' });
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toMatchObject({ error: { code: 'unauthorized' } });
  });

  it('refuses every write when the server has no token (403)', async () => {
    const readOnly = createApp({ store, pipeline: defaultPipeline });
    const response = await readOnly.request('/api/articles', {
      method: 'POST',
      body: seed,
      headers: { 'Content-Type': 'text/plain', ...auth },
    });
    expect(response.status).toBe(403);
  });

  it('ingests a seed record, analysed, and answers with its id', async () => {
    const response = await post(seed, { 'Content-Type': 'text/plain; charset=utf-8', ...auth });
    expect(response.status).toBe(201);
    const outcome = (await response.json()) as { articles: { id: string; status: string }[] };
    expect(outcome.articles).toMatchObject([{ status: 'added' }]);
    const { body } = await getJson(`/api/articles/${outcome.articles[0]?.id}`);
    expect(body).toMatchObject({ title: 'Harbour workers strike in Rotterdam', source: 'Port Weekly' });
    expect(body.sentences).toBeDefined();
    expect((await post(seed, { 'Content-Type': 'text/plain', ...auth })).status).toBe(201);
  }, 60_000);

  it('answers from before a write are not given again after it', async () => {
    const before = await getJson('/api/articles?q=Rotterdam%20ferry');
    expect(before.body.total).toBe(0);
    const text = seed.replace('Harbour workers strike in Rotterdam', 'Rotterdam ferry workers strike');
    const posted = await post(text, { 'Content-Type': 'text/plain', ...auth });
    expect(await posted.json()).toMatchObject({ articles: [{ status: 'added' }] });
    expect((await getJson('/api/articles?q=Rotterdam%20ferry')).body.total).toBe(1);
  }, 60_000);

  it('ingests a JSON record and an HTML page', async () => {
    const record = {
      title: 'Talks resume in Geneva',
      body: ['Envoys met again on Monday.'],
      source: 'Lake Post',
    };
    const json = await post(JSON.stringify(record), { 'Content-Type': 'application/json', ...auth });
    expect(json.status).toBe(201);
    const html = `<!DOCTYPE html><html><head><title>Ferry resumes</title></head><body><article><h1>Ferry resumes</h1>
      <p>The ferry between the two islands resumed service on Tuesday after a week of storms.</p>
      <p>Operators said timetables would return to normal by the weekend.</p></article></body></html>`;
    expect((await post(html, { 'Content-Type': 'text/html', ...auth })).status).toBe(201);
  }, 60_000);

  it('answers a body it cannot read with a 400 that says why', async () => {
    const response = await post('{"title": ', { 'Content-Type': 'application/json', ...auth });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      articles: [],
      rejected: [{ reason: expect.stringMatching(/JSON/) }],
    });
  });

  it('refuses another Content-Type (415) and a body over the limit (413)', async () => {
    expect((await post(seed, { 'Content-Type': 'application/pdf', ...auth })).status).toBe(415);
    const large = await post('x'.repeat(65 * 1024), { 'Content-Type': 'text/plain', ...auth });
    expect(large.status).toBe(413);
    expect(await large.json()).toMatchObject({ error: { code: 'too_large' } });
  });
});

describe('the dashboard', () => {
  const dist = join(folder, 'dist');
  const withDashboard = createApp({ store, pipeline: defaultPipeline, dashboardFolder: dist });

  it('says the dashboard is not built when its folder is missing', async () => {
    const response = await withDashboard.request('/');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(NOT_BUILT_TEXT);
  });

  it('serves the built files, index.html for client routes, and caches hashed assets long', async () => {
    mkdirSync(join(dist, 'assets'), { recursive: true });
    writeFileSync(
      join(dist, 'index.html'),
      '<!doctype html><script type="module" src="/assets/index-AbCd1234.js"></script>',
    );
    writeFileSync(join(dist, 'assets', 'index-AbCd1234.js'), 'console.log(1)');
    const asset = await withDashboard.request('/assets/index-AbCd1234.js');
    expect(asset.headers.get('Content-Type')).toMatch(/javascript/);
    expect(asset.headers.get('Cache-Control')).toContain('immutable');
    for (const path of ['/', '/articles/abcd1234', '/actors/ISRGOV', '/events', '/network', '/map']) {
      const page = await withDashboard.request(path);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<!doctype html>');
      expect(page.headers.get('Cache-Control')).toBe('no-cache');
    }
    expect((await withDashboard.request('/assets/missing-AbCd1234.js')).status).toBe(404);
    expect((await withDashboard.request('/%2e%2e/api.db')).status).not.toBe(200);
    expect((await withDashboard.request('/api/articles')).headers.get('Content-Type')).toMatch(/json/);
  });
});

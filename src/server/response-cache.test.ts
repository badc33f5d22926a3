import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { createResponseCache } from './response-cache.js';

function countingApp(options = { ttlMs: 60_000, maxBytes: 1024 }) {
  const cache = createResponseCache(options);
  const app = new Hono();
  let calls = 0;
  app.use('/api/*', cache.middleware);
  app.get('/api/count', (c) => c.json({ calls: ++calls, q: c.req.query('q') ?? null }));
  app.get('/api/big', (c) => c.json({ text: 'x'.repeat(400), calls: ++calls }));
  app.get('/api/missing', (c) => c.json({ error: 'no' }, 404));
  return { app, cache, calls: () => calls };
}

describe('createResponseCache', () => {
  it('answers the same path and query from the cache', async () => {
    const { app, calls } = countingApp();
    expect(await (await app.request('/api/count?q=a')).json()).toEqual({ calls: 1, q: 'a' });
    expect(await (await app.request('/api/count?q=a')).json()).toEqual({ calls: 1, q: 'a' });
    expect(await (await app.request('/api/count?q=b')).json()).toEqual({ calls: 2, q: 'b' });
    expect(calls()).toBe(2);
  });

  it('forgets everything when cleared, and an answer once it is older than the TTL', async () => {
    const { app } = countingApp({ ttlMs: 0, maxBytes: 1024 });
    await app.request('/api/count');
    expect(await (await app.request('/api/count')).json()).toMatchObject({ calls: 2 });
    const kept = countingApp();
    await kept.app.request('/api/count');
    kept.cache.clear();
    expect(await (await kept.app.request('/api/count')).json()).toMatchObject({ calls: 2 });
  });

  it('keeps no error answers, and drops the least recently used beyond its size', async () => {
    const { app, calls } = countingApp();
    await app.request('/api/missing');
    await app.request('/api/big?n=1');
    await app.request('/api/big?n=2');
    await app.request('/api/big?n=1');
    expect(calls()).toBe(3);
    expect((await app.request('/api/missing')).status).toBe(404);
  });
});

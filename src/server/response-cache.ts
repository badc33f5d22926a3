import type { MiddlewareHandler } from 'hono';

export interface ResponseCacheOptions {
  /** How long an answer is reused: writes by another process (an ingest) show up within it. */
  ttlMs: number;
  /** Most bytes of answers kept; the least recently used go first. */
  maxBytes: number;
}

interface Entry {
  body: string;
  contentType: string;
  storedAt: number;
}

/**
 * Keeps the JSON answers of GET /api/ requests by path and query, so that the same search,
 * timeline or network (what a dashboard asks for again and again) is computed once. A write
 * through this server (`clear`) drops them all; writes by other processes are seen after `ttlMs`.
 */
export function createResponseCache(options: ResponseCacheOptions) {
  const entries = new Map<string, Entry>();
  let bytes = 0;
  const remove = (key: string, entry: Entry) => {
    entries.delete(key);
    bytes -= entry.body.length * 2;
  };
  const middleware: MiddlewareHandler = async (c, next) => {
    if (c.req.method !== 'GET') return next();
    const url = new URL(c.req.url);
    const key = url.pathname + url.search;
    const hit = entries.get(key);
    if (hit && Date.now() - hit.storedAt < options.ttlMs) {
      // Most recently used last: Map keeps insertion order.
      entries.delete(key);
      entries.set(key, hit);
      c.header('Content-Type', hit.contentType);
      return c.body(hit.body, 200);
    }
    if (hit) remove(key, hit);
    await next();
    const contentType = c.res.headers.get('Content-Type') ?? '';
    if (c.res.status !== 200 || !contentType.startsWith('application/json')) return;
    const body = await c.res.clone().text();
    if (body.length * 2 > options.maxBytes) return;
    entries.set(key, { body, contentType, storedAt: Date.now() });
    bytes += body.length * 2;
    for (const [oldest, entry] of entries) {
      if (bytes <= options.maxBytes) break;
      remove(oldest, entry);
    }
  };
  return {
    middleware,
    clear() {
      entries.clear();
      bytes = 0;
    },
  };
}

import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import type { OpenAPIHono } from '@hono/zod-openapi';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};
/** Vite names built assets with a content hash (`index-3f9a1c2b.js`): they never change. */
const HASHED = /[-.][A-Za-z0-9_-]{8,}\.[a-z0-9]+$/;

export const NOT_BUILT_TEXT =
  'newsgraph: the dashboard is not built (no dashboard/dist). The API answers under /api/ ' +
  '(see /api/openapi.json).\n';

/**
 * Serves the built dashboard from `folder` for GET requests outside /api: a file when one
 * exists, else `index.html`, so that client-side routes (`/articles/ID`, `/actors/ISRGOV`) load.
 * Hashed assets are cached for a year; the rest is revalidated. Without the folder, `/` says so.
 */
export function serveDashboard(app: OpenAPIHono, folder: string): void {
  app.get('*', (c, next) => {
    const path = decodeURIComponent(c.req.path);
    if (path === '/api' || path.startsWith('/api/')) return next();
    if (!existsSync(join(folder, 'index.html'))) {
      return c.text(NOT_BUILT_TEXT, path === '/' ? 200 : 404);
    }
    const file = normalize(join(folder, path));
    const inside = file.startsWith(folder.endsWith(sep) ? folder : folder + sep);
    const found = inside && existsSync(file) && statSync(file).isFile();
    const served = found ? file : join(folder, 'index.html');
    if (!found && extname(path) !== '') return c.text('not found\n', 404);
    const isHashed = found && HASHED.test(served) && !served.endsWith('index.html');
    c.header('Content-Type', CONTENT_TYPES[extname(served)] ?? 'application/octet-stream');
    c.header('Cache-Control', isHashed ? 'public, max-age=31536000, immutable' : 'no-cache');
    return c.body(readFileSync(served));
  });
}

import { OpenAPIHono } from '@hono/zod-openapi';
import type { Pipeline } from '../pipeline/create-pipeline.js';
import type { Store } from '../store/store.js';
import type { ApiContext } from './api-context.js';
import { answerError, apiError } from './api-error.js';
import { createResponseCache, type ResponseCacheOptions } from './response-cache.js';
import { registerAggregateRoutes } from './routes/aggregate-routes.js';
import { registerArticleRoutes } from './routes/article-routes.js';
import { registerIngestRoute } from './routes/ingest-route.js';
import { registerListRoutes } from './routes/list-routes.js';
import { registerStoryRoutes } from './routes/story-routes.js';
import { securityHeaders } from './security-headers.js';
import { serveDashboard } from './serve-dashboard.js';

export interface AppOptions {
  store: Store;
  /** The analysis for posted articles, made on first use. */
  pipeline: () => Pipeline;
  /** The bearer token writes need; without one, writes are refused (403). */
  token?: string | undefined;
  /** The built dashboard (`dashboard/dist`); served when it exists. */
  dashboardFolder?: string | undefined;
  /** Largest POST body (default 5 MB). */
  maxBodyBytes?: number;
  /** Reuse GET answers (see createResponseCache); off when false. */
  cache?: ResponseCacheOptions | false;
}

const DEFAULT_MAX_BODY_BYTES = 5 * 1024 * 1024;
const DEFAULT_CACHE: ResponseCacheOptions = { ttlMs: 60_000, maxBytes: 256 * 1024 * 1024 };

/**
 * The HTTP shell: the JSON API under /api/ (each route a thin shell over an operation, its
 * parameters and answers described by zod schemas in /api/openapi.json), and the dashboard.
 */
export function createApp(options: AppOptions): OpenAPIHono {
  let pipeline: Pipeline | undefined;
  const cache = options.cache === false ? undefined : createResponseCache(options.cache ?? DEFAULT_CACHE);
  const context: ApiContext = {
    store: options.store,
    pipeline: () => {
      pipeline ??= options.pipeline();
      return pipeline;
    },
    token: options.token,
    maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
    onWrite: () => cache?.clear(),
  };
  const app = new OpenAPIHono({
    defaultHook: (result, c) => {
      if (result.success) return;
      const issue = result.error.issues[0];
      const field =
        issue?.path.join('.') || (issue?.code === 'unrecognized_keys' ? issue.keys.join(', ') : '');
      return apiError(c, 'bad_request', `${field ? `${field}: ` : ''}${issue?.message ?? 'invalid request'}`);
    },
  });
  app.use('*', securityHeaders());
  app.onError(answerError);
  if (cache) app.use('/api/*', cache.middleware);
  registerArticleRoutes(app, context);
  registerIngestRoute(app, context);
  registerListRoutes(app, context);
  registerAggregateRoutes(app, context);
  registerStoryRoutes(app, context);
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', { type: 'http', scheme: 'bearer' });
  app.doc('/api/openapi.json', {
    openapi: '3.0.0',
    info: {
      title: 'newsgraph',
      version: '1',
      description:
        'Articles, their annotations (spans in UTF-16 code units of text), events, actors, quotes and places',
    },
  });
  app.all('/api/*', (c) => apiError(c, 'not_found', `no route ${c.req.method} ${c.req.path}`));
  if (options.dashboardFolder) serveDashboard(app, options.dashboardFolder);
  app.notFound((c) => apiError(c, 'not_found', `no route ${c.req.method} ${c.req.path}`));
  return app;
}

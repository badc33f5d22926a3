import { createRoute, z } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { ingestArticle, type PostedFormat } from '../../operations/ingest-article.js';
import type { ApiApp, ApiContext } from '../api-context.js';
import { apiError } from '../api-error.js';
import { hasBearerToken } from '../check-token.js';
import { errorSchema, postOutcomeSchema } from '../schemas/page-schemas.js';
import { jsonContent } from './json-content.js';

const FORMATS: Record<string, PostedFormat> = {
  'text/plain': 'text',
  'application/json': 'json',
  'text/html': 'html',
};

const ingestRoute = createRoute({
  method: 'post',
  path: '/api/articles',
  summary: 'Ingest an article: analyse it with the default pipeline and store it',
  description:
    'Needs Authorization: Bearer TOKEN (serve --token or NEWSGRAPH_TOKEN). The body is a seed record or plain text ' +
    '(text/plain), a JSON record or array of records (application/json), or an HTML page (text/html).',
  security: [{ bearer: [] }],
  request: {
    body: {
      content: {
        'text/plain': { schema: z.string() },
        'application/json': { schema: z.unknown() },
        'text/html': { schema: z.string() },
      },
      required: true,
    },
  },
  responses: {
    201: jsonContent(postOutcomeSchema, 'At least one article was read: what became of each'),
    400: jsonContent(postOutcomeSchema, 'Nothing could be read: why'),
    401: jsonContent(errorSchema, 'The bearer token is missing or wrong'),
    403: jsonContent(errorSchema, 'This server takes no writes: it was started without a token'),
    413: jsonContent(errorSchema, 'The body is too large'),
    415: jsonContent(errorSchema, 'The Content-Type is not text/plain, application/json or text/html'),
  },
});

export function registerIngestRoute(app: ApiApp, context: ApiContext): void {
  app.post('/api/articles', async (c, next) => {
    if (!context.token) {
      return apiError(
        c,
        'forbidden',
        'this server takes no writes: start it with --token or NEWSGRAPH_TOKEN',
      );
    }
    if (!hasBearerToken(c.req.header('Authorization'), context.token)) {
      c.header('WWW-Authenticate', 'Bearer');
      return apiError(c, 'unauthorized', 'writes need the header Authorization: Bearer TOKEN');
    }
    return next();
  });
  app.post(
    '/api/articles',
    bodyLimit({
      maxSize: context.maxBodyBytes,
      onError: (c) => apiError(c, 'too_large', `the body is over the ${context.maxBodyBytes} byte limit`),
    }),
  );
  // The body is read by the ingest readers, not by a schema: the route is only documented here.
  app.post('/api/articles', async (c) => {
    const mediaType = (c.req.header('Content-Type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
    const format = FORMATS[mediaType];
    if (!format) {
      return apiError(
        c,
        'unsupported_media_type',
        `expected a Content-Type of ${Object.keys(FORMATS).join(', ')}`,
      );
    }
    const bytes = Buffer.from(await c.req.arrayBuffer());
    const outcome = await ingestArticle(
      context.store,
      { bytes, format, location: 'api' },
      context.pipeline(),
    );
    context.onWrite();
    return c.json(outcome, outcome.articles.length > 0 ? 201 : 400);
  });
  app.openAPIRegistry.registerPath(ingestRoute);
}

import { createRoute, z } from '@hono/zod-openapi';
import { browseArticles } from '../../operations/browse-articles.js';
import { readArticle } from '../../operations/read-article.js';
import type { ApiApp, ApiContext } from '../api-context.js';
import { apiError } from '../api-error.js';
import { annotatedArticleSchema } from '../schemas/article-schema.js';
import { articlePageSchema, errorSchema } from '../schemas/page-schemas.js';
import { browseQuery } from '../schemas/query-schemas.js';
import { jsonContent, READ_ERRORS } from './json-content.js';

const browseRoute = createRoute({
  method: 'get',
  path: '/api/articles',
  summary: 'Search or list articles, with facets',
  request: { query: browseQuery },
  responses: {
    200: jsonContent(articlePageSchema, 'A page of articles, the total and the facets'),
    ...READ_ERRORS,
  },
});

const articleRoute = createRoute({
  method: 'get',
  path: '/api/articles/{id}',
  summary: 'One annotated article with all its layers',
  request: {
    params: z.object({
      id: z.string().openapi({ description: 'The id, or an unambiguous prefix of 4+ characters' }),
    }),
  },
  responses: {
    200: jsonContent(annotatedArticleSchema, 'The annotated article'),
    ...READ_ERRORS,
    404: jsonContent(errorSchema, 'No article has this id'),
  },
});

export function registerArticleRoutes(app: ApiApp, context: ApiContext): void {
  app.openapi(browseRoute, async (c) =>
    c.json(await browseArticles(context.store, c.req.valid('query')), 200),
  );
  app.openapi(articleRoute, async (c) => {
    const { id } = c.req.valid('param');
    const article = await readArticle(context.store, id);
    if (!article) return apiError(c, 'not_found', `no article with id ${id}`);
    return c.json(article as z.infer<typeof annotatedArticleSchema>, 200);
  });
}

import { createRoute, z } from '@hono/zod-openapi';
import { listAggregateEvents } from '../../operations/list-aggregate-events.js';
import { listStories, readStory } from '../../operations/list-stories.js';
import type { ApiApp, ApiContext } from '../api-context.js';
import { apiError } from '../api-error.js';
import { errorSchema } from '../schemas/page-schemas.js';
import {
  aggregateEventListSchema,
  aggregateEventQuery,
  storyDetailSchema,
  storyListSchema,
  storyQuery,
} from '../schemas/story-schemas.js';
import { jsonContent, READ_ERRORS } from './json-content.js';

const aggregateEventsRoute = createRoute({
  method: 'get',
  path: '/api/aggregate-events',
  summary:
    'The same real event across articles, with its counts, and events imported from GDELT; latest first',
  request: { query: aggregateEventQuery },
  responses: {
    200: jsonContent(aggregateEventListSchema, 'A page of aggregate events and their total'),
    ...READ_ERRORS,
  },
});
const storiesRoute = createRoute({
  method: 'get',
  path: '/api/stories',
  summary: 'Stories (articles about one happening), the latest last article first',
  request: { query: storyQuery },
  responses: { 200: jsonContent(storyListSchema, 'A page of stories and their total'), ...READ_ERRORS },
});
const storyRoute = createRoute({
  method: 'get',
  path: '/api/stories/{id}',
  summary: 'One story with its articles, oldest first',
  request: { params: z.object({ id: z.string().openapi({ description: "The story's id" }) }) },
  responses: {
    200: jsonContent(storyDetailSchema, 'The story and its articles'),
    ...READ_ERRORS,
    404: jsonContent(errorSchema, 'No story has this id'),
  },
});

export function registerStoryRoutes(app: ApiApp, { store }: ApiContext): void {
  app.openapi(aggregateEventsRoute, async (c) =>
    c.json(await listAggregateEvents(store, c.req.valid('query')), 200),
  );
  app.openapi(storiesRoute, async (c) => c.json(await listStories(store, c.req.valid('query')), 200));
  app.openapi(storyRoute, async (c) => {
    const { id } = c.req.valid('param');
    const detail = await readStory(store, id);
    if (!detail) return apiError(c, 'not_found', `no story with id ${id}`);
    return c.json(detail, 200);
  });
}

import { createRoute } from '@hono/zod-openapi';
import { actorNetwork, eventMap, eventTimeline } from '../../operations/event-aggregates.js';
import type { ApiApp, ApiContext } from '../api-context.js';
import { eventMapSchema, networkSchema, timelineSchema } from '../schemas/page-schemas.js';
import { mapQuery, networkQuery, timelineQuery } from '../schemas/query-schemas.js';
import { jsonContent, READ_ERRORS } from './json-content.js';

const timelineRoute = createRoute({
  method: 'get',
  path: '/api/timeline',
  summary: 'Events per day by QuadClass, and the mean Goldstein value per day',
  request: { query: timelineQuery },
  responses: { 200: jsonContent(timelineSchema, 'The timeline, oldest day first'), ...READ_ERRORS },
});

const networkRoute = createRoute({
  method: 'get',
  path: '/api/network',
  summary: 'Actors as nodes, the events between them as directed edges with their mean Goldstein value',
  request: { query: networkQuery },
  responses: { 200: jsonContent(networkSchema, 'The actor network'), ...READ_ERRORS },
});

const mapRoute = createRoute({
  method: 'get',
  path: '/api/map',
  summary: 'Where the events happened, and the places the articles name, with coordinates',
  request: { query: mapQuery },
  responses: { 200: jsonContent(eventMapSchema, 'Event points and places'), ...READ_ERRORS },
});

export function registerAggregateRoutes(app: ApiApp, { store }: ApiContext): void {
  app.openapi(timelineRoute, async (c) => c.json(await eventTimeline(store, c.req.valid('query')), 200));
  app.openapi(networkRoute, async (c) => c.json(await actorNetwork(store, c.req.valid('query')), 200));
  app.openapi(mapRoute, async (c) => c.json(await eventMap(store, c.req.valid('query')), 200));
}

import { createRoute, z } from '@hono/zod-openapi';
import { listActors } from '../../operations/list-actors.js';
import { listEvents } from '../../operations/list-events.js';
import { listPlaces } from '../../operations/list-places.js';
import { listQuotes } from '../../operations/list-quotes.js';
import { listSources } from '../../operations/list-sources.js';
import { readActorPage } from '../../operations/read-actor-page.js';
import type { ApiApp, ApiContext } from '../api-context.js';
import { apiError } from '../api-error.js';
import {
  actorListSchema,
  actorPageSchema,
  errorSchema,
  eventListSchema,
  placeListSchema,
  quoteListSchema,
  sourceListSchema,
} from '../schemas/page-schemas.js';
import { actorQuery, eventQuery, placeQuery, quoteQuery, sourceQuery } from '../schemas/query-schemas.js';
import { jsonContent, READ_ERRORS } from './json-content.js';

const eventsRoute = createRoute({
  method: 'get',
  path: '/api/events',
  summary: 'Stored events, newest first, each with its article and sentence',
  request: { query: eventQuery },
  responses: { 200: jsonContent(eventListSchema, 'A page of events and their total'), ...READ_ERRORS },
});
const actorsRoute = createRoute({
  method: 'get',
  path: '/api/actors',
  summary: 'Actors, one per CAMEO code (or name), in most articles first',
  request: { query: actorQuery },
  responses: { 200: jsonContent(actorListSchema, 'A page of actors and their total'), ...READ_ERRORS },
});
const quotesRoute = createRoute({
  method: 'get',
  path: '/api/quotes',
  summary: 'Quotations with their speakers, newest article first',
  request: { query: quoteQuery },
  responses: { 200: jsonContent(quoteListSchema, 'A page of quotes and their total'), ...READ_ERRORS },
});
const placesRoute = createRoute({
  method: 'get',
  path: '/api/places',
  summary: 'Places, one per GeoNames id (or name and country), in most articles first',
  request: { query: placeQuery },
  responses: { 200: jsonContent(placeListSchema, 'A page of places and their total'), ...READ_ERRORS },
});
const sourcesRoute = createRoute({
  method: 'get',
  path: '/api/sources',
  summary: 'Sources with their article counts and first and last dates, most articles first',
  request: { query: sourceQuery },
  responses: { 200: jsonContent(sourceListSchema, 'A page of sources and their total'), ...READ_ERRORS },
});

const actorRoute = createRoute({
  method: 'get',
  path: '/api/actors/{code}',
  summary: "An actor's page: its events over time, quotes and co-occurring actors",
  request: {
    params: z.object({
      code: z
        .string()
        .openapi({ description: 'A CAMEO code (ISRGOV), or name: and a name for an actor without one' }),
    }),
  },
  responses: {
    200: jsonContent(actorPageSchema, "The actor's page"),
    ...READ_ERRORS,
    404: jsonContent(errorSchema, 'No stored article has this actor'),
  },
});

export function registerListRoutes(app: ApiApp, { store }: ApiContext): void {
  app.openapi(eventsRoute, async (c) => c.json(await listEvents(store, c.req.valid('query')), 200));
  app.openapi(actorsRoute, async (c) => c.json(await listActors(store, c.req.valid('query')), 200));
  app.openapi(quotesRoute, async (c) => c.json(await listQuotes(store, c.req.valid('query')), 200));
  app.openapi(placesRoute, async (c) => c.json(await listPlaces(store, c.req.valid('query')), 200));
  app.openapi(sourcesRoute, async (c) => c.json(await listSources(store, c.req.valid('query')), 200));
  app.openapi(actorRoute, async (c) => {
    const { code } = c.req.valid('param');
    const page = await readActorPage(store, code);
    if (!page) return apiError(c, 'not_found', `no stored article has the actor ${code}`);
    return c.json(page, 200);
  });
}

import { z } from '@hono/zod-openapi';
import { articleSummarySchema, eventSchema, quoteSchema, spanSchema } from './article-schema.js';

const facetCount = z.object({ value: z.string(), count: z.number().int() });

export const articlePageSchema = z
  .object({
    articles: z.array(
      z.object({
        article: articleSummarySchema,
        score: z.number().nullable().openapi({ description: 'Higher is better; null without q' }),
        snippet: z.string().openapi({ description: 'Plain text: render it as text, never as HTML' }),
        highlights: z.array(spanSchema).openapi({ description: 'Matched words, as spans into snippet' }),
      }),
    ),
    total: z.number().int(),
    ranked: z.number().int().openapi({ description: 'How many matches were ranked (the most recent ones)' }),
    facets: z
      .object({
        counted: z
          .number()
          .int()
          .openapi({ description: 'Articles the facets count: the first 1,000 in the result order' }),
        interval: z.enum(['day', 'month']),
        dates: z.array(facetCount).openapi({ description: 'YYYY-MM-DD or YYYY-MM, in date order' }),
        sources: z.array(facetCount),
        actors: z.array(facetCount.extend({ name: z.string() })),
        countries: z.array(facetCount),
        roots: z.array(facetCount),
        quads: z.array(facetCount),
      })
      .openapi('ArticleFacets'),
  })
  .openapi('ArticlePage');

export const eventListSchema = z
  .object({
    total: z.number().int(),
    events: z.array(
      z.object({
        article: articleSummarySchema,
        event: eventSchema,
        evidence: z.string().openapi({ description: "The text of the event's sentence" }),
      }),
    ),
  })
  .openapi('EventList');

export const actorSummarySchema = z
  .object({
    code: z.string().nullable(),
    names: z.array(z.string()),
    country: z.string().nullable(),
    roles: z.array(z.string()),
    articles: z.number().int(),
    mentions: z.number().int(),
    eventsAsSource: z.number().int(),
    eventsAsTarget: z.number().int(),
  })
  .openapi('ActorSummary');

export const actorListSchema = z
  .object({ total: z.number().int(), actors: z.array(actorSummarySchema) })
  .openapi('ActorList');

export const storedQuoteSchema = z
  .object({
    article: articleSummarySchema,
    quote: quoteSchema,
    speakerName: z.string().nullable(),
    speakerCode: z.string().nullable(),
  })
  .openapi('StoredQuote');

export const quoteListSchema = z
  .object({ total: z.number().int(), quotes: z.array(storedQuoteSchema) })
  .openapi('QuoteList');

export const placeSummarySchema = z
  .object({
    name: z.string(),
    country: z.string(),
    lat: z.number(),
    lon: z.number(),
    featureClass: z.string(),
    geonameId: z.number().int().nullable(),
    articles: z.number().int(),
    mentions: z.number().int(),
  })
  .openapi('PlaceSummary');

export const placeListSchema = z
  .object({ total: z.number().int(), places: z.array(placeSummarySchema) })
  .openapi('PlaceList');

export const sourceListSchema = z
  .object({
    total: z.number().int(),
    sources: z.array(
      z.object({
        name: z.string(),
        articles: z.number().int(),
        firstPublishedAt: z.string().nullable(),
        lastPublishedAt: z.string().nullable(),
      }),
    ),
  })
  .openapi('SourceList');

export const actorPageSchema = z
  .object({
    actor: actorSummarySchema,
    months: z.array(z.object({ month: z.string(), asSource: z.number().int(), asTarget: z.number().int() })),
    coActors: z.array(
      z.object({
        id: z.string().openapi({ description: 'A CAMEO code, or name: and the folded name' }),
        code: z.string().nullable(),
        name: z.string(),
        articles: z.number().int(),
      }),
    ),
    quotes: z.array(storedQuoteSchema),
  })
  .openapi('ActorPage');

export const timelineSchema = z
  .object({
    days: z.array(
      z.object({
        date: z.string(),
        events: z.number().int(),
        verbalCooperation: z.number().int(),
        materialCooperation: z.number().int(),
        verbalConflict: z.number().int(),
        materialConflict: z.number().int(),
        goldsteinMean: z.number(),
      }),
    ),
  })
  .openapi('Timeline');

export const networkSchema = z
  .object({
    nodes: z.array(
      z.object({
        id: z.string().openapi({ description: 'A CAMEO code, or name: and the folded name' }),
        code: z.string().nullable(),
        name: z.string(),
        events: z.number().int(),
      }),
    ),
    edges: z.array(
      z.object({
        source: z.string(),
        target: z.string(),
        events: z.number().int(),
        goldsteinMean: z.number(),
      }),
    ),
  })
  .openapi('Network');

export const eventMapSchema = z
  .object({
    events: z.array(
      z.object({
        name: z.string(),
        country: z.string(),
        lat: z.number(),
        lon: z.number(),
        events: z.number().int(),
        goldsteinMean: z.number(),
      }),
    ),
    places: z.array(placeSummarySchema),
  })
  .openapi('EventMap');

export const postOutcomeSchema = z
  .object({
    articles: z.array(z.object({ id: z.string(), status: z.enum(['added', 'updated', 'duplicate']) })),
    rejected: z.array(
      z.object({
        input: z.string(),
        line: z.number().int().optional(),
        field: z.string().optional(),
        reason: z.string(),
      }),
    ),
  })
  .openapi('PostOutcome');

export const errorSchema = z
  .object({
    error: z.object({
      code: z.enum([
        'bad_request',
        'unauthorized',
        'forbidden',
        'not_found',
        'too_large',
        'unsupported_media_type',
        'internal',
      ]),
      message: z.string(),
    }),
  })
  .openapi('Error');

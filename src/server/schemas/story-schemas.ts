import { z } from '@hono/zod-openapi';
import { articleSummarySchema } from './article-schema.js';

const text = (description: string) => z.string().optional().openapi({ description });
const facetCount = z.object({ value: z.string(), count: z.number().int() });

export const aggregateEventQuery = z
  .object({
    actor: text('A CAMEO actor code or its beginning, on either side (ISRGOV, RUS, IGO)'),
    country: text('ISO-3 country of either side (ISR)'),
    code: text('An exact CAMEO event code (036)'),
    root: text('A CAMEO root code, 01 to 20'),
    quad: text('QuadClass, 1 to 4'),
    from: text('Events last seen on or after this date, YYYY-MM-DD'),
    to: text('Events first seen on or before this date, YYYY-MM-DD'),
    origin: text('newsgraph (folded from stored articles) or gdelt (imported from GDELT event files)'),
    limit: text('How many, 1 to 1000 (default 20)'),
    offset: text('Skip this many (default 0)'),
  })
  .strict();

export const storyQuery = z
  .object({
    from: text('Stories whose last article is on or after this date, YYYY-MM-DD'),
    to: text('Stories whose last article is on or before this date, YYYY-MM-DD'),
    minArticles: text('Only stories of at least this many articles'),
    limit: text('How many, 1 to 1000 (default 20)'),
    offset: text('Skip this many (default 0)'),
  })
  .strict();

const aggregateActorSchema = z.object({
  code: z.string().nullable(),
  name: z.string().nullable(),
  country: z.string().nullable(),
  knownGroup: z.string().optional(),
  ethnic: z.string().optional(),
  religion1: z.string().optional(),
  religion2: z.string().optional(),
  type1: z.string().optional(),
  type2: z.string().optional(),
  type3: z.string().optional(),
});

const aggregatePlaceSchema = z.object({
  name: z.string(),
  country: z.string().nullable(),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  type: z.number().int().optional(),
  adm1Code: z.string().optional(),
  adm2Code: z.string().optional(),
  featureId: z.string().optional(),
});

export const aggregateEventSchema = z
  .object({
    id: z.string(),
    origin: z.enum(['newsgraph', 'gdelt']),
    gdeltId: z.number().int().optional(),
    source: aggregateActorSchema,
    target: aggregateActorSchema,
    isRootEvent: z.boolean(),
    code: z.string(),
    baseCode: z.string(),
    rootCode: z.string(),
    quadClass: z.number().int(),
    goldstein: z.number().openapi({ description: "Mean of the mentions' Goldstein values" }),
    numMentions: z.number().int(),
    numSources: z.number().int(),
    numArticles: z.number().int(),
    tone: z.number().nullable().openapi({ description: "Mean tone of the articles (GDELT's AvgTone)" }),
    firstSeen: z.string().nullable(),
    lastSeen: z.string().nullable(),
    dateAdded: z.string(),
    place: aggregatePlaceSchema.nullable(),
    sourcePlace: aggregatePlaceSchema.optional(),
    targetPlace: aggregatePlaceSchema.optional(),
    sourceUrl: z.string().optional(),
    mentions: z.array(z.object({ articleId: z.string(), eventIndex: z.number().int() })),
    articleIds: z.array(z.string()),
  })
  .openapi('AggregateEvent');

export const aggregateEventListSchema = z
  .object({ total: z.number().int(), events: z.array(aggregateEventSchema) })
  .openapi('AggregateEventList');

export const storySchema = z
  .object({
    id: z.string(),
    title: z.string().openapi({ description: 'The title of its earliest article' }),
    firstSeen: z.string().nullable(),
    lastSeen: z.string().nullable(),
    articles: z.number().int(),
    actors: z.array(facetCount),
    places: z.array(facetCount),
  })
  .openapi('Story');

export const storyListSchema = z
  .object({ total: z.number().int(), stories: z.array(storySchema) })
  .openapi('StoryList');

export const storyDetailSchema = z
  .object({ story: storySchema, articles: z.array(articleSummarySchema) })
  .openapi('StoryDetail');

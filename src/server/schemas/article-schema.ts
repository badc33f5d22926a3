import { z } from '@hono/zod-openapi';

/** Half-open, in UTF-16 code units of the article's `text`: `text.slice(start, end)` is the evidence. */
export const spanSchema = z.object({ start: z.number().int(), end: z.number().int() }).openapi('Span');
const textSpan = spanSchema.extend({ text: z.string() });

export const articleSummarySchema = z
  .object({
    id: z.string(),
    title: z.string(),
    source: z.string(),
    publishedAt: z.string().openapi({ description: 'ISO 8601 date or date-time; empty when unknown' }),
    url: z.string(),
  })
  .openapi('ArticleSummary');

const participant = textSpan.extend({ actorId: z.string().nullable(), code: z.string().nullable() });

export const eventSchema = z
  .object({
    id: z.string(),
    source: participant,
    target: participant,
    code: z.string().openapi({ description: 'CAMEO event code, 2 to 4 digits' }),
    rootCode: z.string(),
    quadClass: z.number().int().min(1).max(4),
    goldstein: z.number(),
    verb: textSpan,
    sentence: spanSchema,
    negated: z.boolean(),
    hypothetical: z.boolean(),
    date: z.string().openapi({ description: 'YYYY-MM-DD, or empty' }),
    dateText: textSpan.optional(),
    place: textSpan
      .extend({ country: z.string().optional(), lat: z.number().optional(), lon: z.number().optional() })
      .optional(),
    confidence: z.number(),
  })
  .openapi('Event');

export const quoteSchema = spanSchema
  .extend({
    text: z.string(),
    direct: z.boolean(),
    cue: textSpan.optional(),
    speaker: textSpan.extend({ actorId: z.string().nullable() }).optional(),
  })
  .openapi('Quote');

export const placeSchema = z
  .object({
    name: z.string(),
    country: z.string(),
    lat: z.number(),
    lon: z.number(),
    featureClass: z.string(),
    geonameId: z.number().int().optional(),
    mentions: z.array(spanSchema),
  })
  .openapi('Place');

export const actorSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    code: z.string().nullable(),
    country: z.string().nullable(),
    roles: z.array(z.string()),
    mentions: z.array(spanSchema),
  })
  .openapi('Actor');

/** The public data contract (DESIGN.md, "The annotated article"); layers no stage produced are absent. */
const copyOfSchema = z
  .object({
    id: z.string(),
    similarity: z.number().openapi({ description: 'Estimated Jaccard similarity of the bodies, 0.8 to 1' }),
  })
  .openapi('CopyOf');

export const annotatedArticleSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    lede: z.string(),
    image: z.string(),
    source: z.string(),
    url: z.string(),
    language: z.string(),
    authors: z.array(z.string()),
    publishedAt: z.string(),
    text: z.string().openapi({ description: 'The canonical text: every span points into it' }),
    paragraphs: z.array(spanSchema.extend({ kind: z.enum(['title', 'lede', 'body']) })),
    sentences: z.array(spanSchema).optional(),
    entities: z
      .array(
        textSpan.extend({
          type: z.enum(['PERSON', 'ORG', 'LOCATION', 'NORP', 'EVENT', 'MISC']),
          actorId: z.string().optional(),
        }),
      )
      .optional(),
    chains: z
      .array(
        z.object({
          id: z.string(),
          name: z.string(),
          type: z.string(),
          mentions: z.array(textSpan.extend({ kind: z.enum(['name', 'description', 'pronoun']) })),
        }),
      )
      .optional(),
    actors: z.array(actorSchema).optional(),
    events: z.array(eventSchema).optional(),
    quotes: z.array(quoteSchema).optional(),
    places: z.array(placeSchema).optional(),
    tone: z
      .object({
        score: z.number(),
        positive: z.number(),
        negative: z.number(),
        polarity: z.number(),
        wordCount: z.number(),
      })
      .optional(),
    duplicateOf: copyOfSchema.optional().openapi({
      description: 'The earlier stored article whose body this one copies (estimated Jaccard >= 0.8)',
    }),
    copies: z
      .array(copyOfSchema)
      .optional()
      .openapi({ description: 'Later stored articles that copy this one, the first 100 in storing order' }),
    diagnostics: z.array(
      z.object({
        severity: z.enum(['error', 'warning', 'info']),
        code: z.string(),
        message: z.string(),
        span: spanSchema.optional(),
        line: z.number().int().optional(),
        stage: z.string().optional(),
      }),
    ),
    stages: z.array(
      z.object({
        name: z.string(),
        version: z.string(),
        status: z.enum(['ok', 'failed', 'skipped']),
        ms: z.number(),
      }),
    ),
    origin: z.object({
      location: z.string(),
      line: z.number().int().optional(),
      reader: z.string(),
      contentHash: z.string(),
      retrievedAt: z.string(),
    }),
  })
  .openapi('AnnotatedArticle');

import { z } from 'zod';
import type { AnnotatedArticle } from '../document/annotations.js';
import { createArticle } from '../document/article.js';
import { duplicatesStage } from '../stages/duplicates/duplicates-stage.js';
import { InputError } from './input-error.js';
import { readJsonRecord } from './json-record.js';

const LAYERS = ['sentences', 'entities', 'chains', 'actors', 'events', 'quotes', 'places'] as const;

/**
 * The annotated-article contract as `toAnnotatedJson` (and `newsgraph export --format jsonl`)
 * writes it: a record with its `id`, its `stages` and its `origin`. Layers are checked for their
 * shape (lists of objects) and for spans that point into the text; their fields are kept as
 * written, so that what was exported comes back unchanged.
 */
const annotatedRecord = z.object({
  id: z.string().regex(/^[0-9a-f]{16}$/, 'expected a 16-character hex content id'),
  text: z.string(),
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
  diagnostics: z.array(z.looseObject({ severity: z.string(), code: z.string(), message: z.string() })),
  ...Object.fromEntries(LAYERS.map((layer) => [layer, z.array(z.looseObject({})).optional()])),
  tone: z.looseObject({ score: z.number() }).optional(),
});

/** Whether a JSON value is an exported annotated article rather than a plain record to analyse. */
export function isAnnotatedRecord(value: unknown): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Array.isArray((value as { stages?: unknown }).stages) &&
    typeof (value as { id?: unknown }).id === 'string'
  );
}

/**
 * Reads an exported annotated article back as it was: its record, and its id, origin, stages,
 * diagnostics and layers unchanged, so that ingest does not analyse it again. What a store says
 * of it (`duplicateOf`, `copies`) is left for the store that takes it to find again. The text is
 * composed again from the record and must be the text the record carries, and the id must be the
 * id of that content: an edited record is refused (without `id` and `stages` it reads as a new one).
 */
export function readAnnotatedRecord(
  value: unknown,
  where: { line?: number; prefix?: string } = {},
): AnnotatedArticle {
  const prefix = where.prefix ?? '';
  const lineOf = where.line === undefined ? {} : { line: where.line };
  const parsed = annotatedRecord.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InputError(issue?.message ?? 'not an annotated article', {
      ...lineOf,
      field: `${prefix}${issue?.path.join('.') ?? ''}`,
    });
  }
  const json = parsed.data;
  const { record } = readJsonRecord(value, where);
  const article = createArticle(
    record,
    json.origin as AnnotatedArticle['origin'],
    json.diagnostics as AnnotatedArticle['diagnostics'],
  );
  if (article.text !== json.text) {
    throw new InputError('is not the title, lede and body paragraphs the record gives', {
      ...lineOf,
      field: `${prefix}text`,
    });
  }
  if (article.id !== json.id) {
    throw new InputError(
      `is not the id of this content (${article.id}): the record was edited; leave out "id" and "stages" to ingest it as a new article`,
      { ...lineOf, field: `${prefix}id` },
    );
  }
  const layers: Record<string, unknown> = {};
  for (const layer of [...LAYERS, 'tone'] as const) {
    const content = (value as Record<string, unknown>)[layer];
    if (content === undefined) continue;
    checkSpans(content, json.text.length, `${prefix}${layer}`, lineOf);
    layers[layer] = layer === 'entities' ? withoutActorIds(content as object[]) : content;
  }
  const annotated = { ...article, ...layers, stages: json.stages } as AnnotatedArticle;
  // The MinHash signature is internal, so not exported; the store needs it to find copies. It is
  // a function of the body alone, made again here when the export says the stage ran.
  const signed = json.stages.some((stage) => stage.name === duplicatesStage.name && stage.status === 'ok');
  return signed ? { ...annotated, ...duplicatesStage.run(annotated) } : annotated;
}

/** Every `{start, end}` inside a layer must be a span of the text. */
function checkSpans(value: unknown, length: number, field: string, lineOf: { line?: number }): void {
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) checkSpans(item, length, `${field}[${index}]`, lineOf);
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  const { start, end } = value as { start?: unknown; end?: unknown };
  if (start !== undefined || end !== undefined) {
    const valid =
      Number.isInteger(start) &&
      Number.isInteger(end) &&
      0 <= (start as number) &&
      (start as number) <= (end as number) &&
      (end as number) <= length;
    if (!valid) {
      throw new InputError(`span ${String(start)}-${String(end)} is outside the text (length ${length})`, {
        ...lineOf,
        field,
      });
    }
  }
  for (const [key, child] of Object.entries(value)) {
    if (typeof child === 'object') checkSpans(child, length, `${field}.${key}`, lineOf);
  }
}

/** An entity's `actorId` is derived from the actors' mentions when exported, never stored. */
function withoutActorIds(entities: object[]): object[] {
  return entities.map((entity) => {
    const { actorId: _actorId, ...rest } = entity as { actorId?: string };
    return rest;
  });
}

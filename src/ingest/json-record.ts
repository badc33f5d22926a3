import { z } from 'zod';
import type { ArticleRecord } from '../document/article.js';
import type { Diagnostic } from '../document/diagnostic.js';
import { InputError } from './input-error.js';
import { parseDate } from './parse-date.js';
import type { ReadRecord } from './read-seed-record.js';

const text = z.string().nullish();
const spans = z.array(
  z.object({ start: z.number().int(), end: z.number().int(), kind: z.string().optional() }),
);

/**
 * One article as JSON: this project's own contract (`title`, `lede`, `text` + `paragraphs`,
 * `publishedAt`, `source`, `image`) or a news-please record (`maintext`, `description`,
 * `date_publish`, `source_domain`, `image_url`), and a few common aliases.
 */
const jsonArticle = z.object({
  title: z.string().trim().min(1, 'missing or empty'),
  lede: text,
  description: text,
  summary: text,
  body: z.union([z.string(), z.array(z.string())]).nullish(),
  maintext: text,
  text: text,
  paragraphs: spans.nullish(),
  publishedAt: text,
  date_publish: text,
  date: text,
  image: text,
  image_url: text,
  source: text,
  source_domain: text,
  url: text,
  language: text,
  authors: z.union([z.array(z.string()), z.string()]).nullish(),
});

type JsonArticle = z.infer<typeof jsonArticle>;

/** Reads one parsed JSON value as an article record; `where` says where it came from. */
export function readJsonRecord(value: unknown, where: { line?: number; prefix?: string } = {}): ReadRecord {
  const prefix = where.prefix ?? '';
  const parsed = jsonArticle.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.length
      ? `${prefix}${issue.path.join('.')}`
      : prefix.replace(/\.$/, '') || undefined;
    const reason =
      issue?.path.length || !(value === null || typeof value !== 'object')
        ? issue?.message
        : 'not a JSON object';
    throw new InputError(reason ?? 'not an article record', {
      ...lineOf(where),
      ...(field ? { field } : {}),
    });
  }
  const json = parsed.data;
  const diagnostics: Diagnostic[] = [];
  const record: ArticleRecord = { title: json.title, body: bodyOf(json, where, prefix) };
  const lede = json.lede ?? json.description ?? json.summary;
  if (lede && lede.trim() !== record.body[0]?.trim()) record.lede = lede;

  const dateField =
    json.publishedAt != null ? 'publishedAt' : json.date_publish != null ? 'date_publish' : 'date';
  const date = json[dateField];
  if (date) {
    const parsedDate = parseDate(date, { ...lineOf(where), field: `${prefix}${dateField}` });
    record.publishedAt = parsedDate.iso;
    diagnostics.push(...parsedDate.diagnostics);
  } else {
    diagnostics.push({
      severity: 'warning',
      code: 'date-missing',
      message: 'no publication date',
      ...lineOf(where),
    });
  }
  assign(record, 'image', json.image ?? json.image_url);
  assign(record, 'source', json.source ?? json.source_domain);
  assign(record, 'url', json.url);
  assign(record, 'language', json.language);
  if (json.authors) record.authors = typeof json.authors === 'string' ? [json.authors] : json.authors;
  return { record, diagnostics };
}

function bodyOf(json: JsonArticle, where: { line?: number }, prefix: string): string[] {
  let body: string[];
  if (json.text != null && json.paragraphs) {
    const { text, paragraphs } = json;
    body = paragraphs.filter((span) => span.kind === 'body').map((span) => text.slice(span.start, span.end));
  } else {
    const raw = json.body ?? json.maintext ?? json.text ?? '';
    body = (Array.isArray(raw) ? raw : raw.split(/\n+/)).map((paragraph) => paragraph.trim()).filter(Boolean);
  }
  if (body.length === 0) {
    throw new InputError('no body (expected "body", "maintext" or "text")', {
      ...lineOf(where),
      field: `${prefix}body`,
    });
  }
  return body;
}

function assign(
  record: ArticleRecord,
  key: 'image' | 'source' | 'url' | 'language',
  value: string | null | undefined,
) {
  if (value?.trim()) record[key] = value.trim();
}

function lineOf(where: { line?: number }): { line?: number } {
  return where.line === undefined ? {} : { line: where.line };
}

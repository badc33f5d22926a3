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
  const lede = firstFilled(json.lede, json.description, json.summary);
  if (lede && lede.trim() !== record.body[0]?.trim()) record.lede = lede;

  const dateField = (['publishedAt', 'date_publish', 'date'] as const).find((field) => json[field]?.trim());
  const date = dateField ? json[dateField] : undefined;
  if (dateField && date) {
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
  assign(record, 'image', firstFilled(json.image, json.image_url));
  assign(record, 'source', firstFilled(json.source, json.source_domain));
  assign(record, 'url', json.url);
  assign(record, 'language', json.language);
  if (json.authors) record.authors = typeof json.authors === 'string' ? [json.authors] : json.authors;
  return { record, diagnostics };
}

function bodyOf(json: JsonArticle, where: { line?: number }, prefix: string): string[] {
  const body =
    json.text != null && json.paragraphs
      ? contractBody(json.text, json.paragraphs, where, prefix)
      : looseBody(json);
  if (body.length === 0) {
    throw new InputError('no body (expected "body", "maintext" or "text")', {
      ...lineOf(where),
      field: `${prefix}body`,
    });
  }
  return body;
}

/** This project's own form: the body paragraphs are the `body` spans into `text`. */
function contractBody(
  text: string,
  paragraphs: z.infer<typeof spans>,
  where: { line?: number },
  prefix: string,
): string[] {
  paragraphs.forEach((span, index) => {
    if (span.start < 0 || span.end < span.start || span.end > text.length) {
      throw new InputError(`span ${span.start}-${span.end} is outside the text (length ${text.length})`, {
        ...lineOf(where),
        field: `${prefix}paragraphs[${index}]`,
      });
    }
  });
  return paragraphs.filter((span) => span.kind === 'body').map((span) => text.slice(span.start, span.end));
}

/**
 * The body of a dump record: a list of paragraphs, or one string with a paragraph per line
 * (news-please's `maintext`). A `text` that starts with the title is the canonical text of
 * another tool: its title and lede are not body.
 */
function looseBody(json: JsonArticle): string[] {
  const raw = [json.body, json.maintext, json.text].find((value) =>
    Array.isArray(value) ? value.some((paragraph) => paragraph.trim()) : value?.trim(),
  );
  if (raw === undefined || raw === null) return [];
  let paragraphs = Array.isArray(raw) ? raw : raw.split(/\n+/);
  paragraphs = paragraphs.map((paragraph) => paragraph.trim()).filter(Boolean);
  if (raw === json.text && paragraphs[0] === json.title.trim()) {
    paragraphs = paragraphs.slice(1);
    const lede = firstFilled(json.lede, json.description, json.summary)?.trim();
    if (lede && paragraphs[0] === lede) paragraphs = paragraphs.slice(1);
  }
  return paragraphs;
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

/** The first value that is not missing, null or blank: an empty field does not hide its alias. */
function firstFilled(...values: Array<string | null | undefined>): string | undefined {
  return values.find((value) => value?.trim()) ?? undefined;
}

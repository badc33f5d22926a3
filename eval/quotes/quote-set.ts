import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { type Article, createArticle, PARAGRAPH_SEPARATOR } from '../../src/document/article.js';
import { decodeText } from '../../src/ingest/decode-text.js';
import { readPlainText } from '../../src/ingest/read-plain-text.js';
import { isSeedRecord, readSeedRecord } from '../../src/ingest/read-seed-record.js';

/** How a quotation is marked or reported; the first that applies, in this order (README.md). */
export const QUOTE_STYLES = [
  'nested',
  'split',
  'multi-paragraph',
  'fragment',
  'curly',
  'straight',
  'single',
  'guillemets',
  'headline',
  'said-that',
  'according-to',
  'told-reporters',
] as const;
export type QuoteStyle = (typeof QUOTE_STYLES)[number];

/** The styles of indirect speech: no quotation marks around the words. */
export const INDIRECT_STYLES: ReadonlySet<QuoteStyle> = new Set([
  'headline',
  'said-that',
  'according-to',
  'told-reporters',
]);

/** How the text refers to the speaker at this quotation. */
export const SPEAKER_FORMS = [
  'full-name',
  'surname',
  'title',
  'pronoun',
  'description',
  'organisation',
] as const;
export type SpeakerForm = (typeof SPEAKER_FORMS)[number];

/** Quoted words that are not speech. */
export const TERM_KINDS = ['scare', 'title', 'label', 'term', 'measure'] as const;
export type TermKind = (typeof TERM_KINDS)[number];

export type Split = 'dev' | 'test';

/** Words of an article's canonical text: `text.slice(start, end) === words`. */
export interface GoldSpan {
  text: string;
  start: number;
  end: number;
}

export interface GoldSpeaker {
  /** The canonical name ("Benjamin Netanyahu"), or the description's words when the text never names the speaker. */
  name: string;
  /** CAMEO actor code on the article's date, when the speaker is a known actor; never for a description. */
  code?: string;
  /** True when the text only describes the speaker ("a senior official"): `name` holds the description. */
  isDescription: boolean;
  form: SpeakerForm;
  /** The words nearest the quotation that refer to the speaker ("he", "the prime minister", "Netanyahu"). */
  mention: GoldSpan;
}

/**
 * One annotated quotation. Direct: the words between the marks. Indirect: the reported clause.
 * `parts` are the pieces of a quotation split by its attribution or running over paragraphs; the
 * quotation's span then runs from the first part's start to the last part's end. `clause` is the
 * reported clause around a quoted fragment ('said the plan was "a disgrace"'), which a prediction
 * may give instead of the fragment.
 */
export interface GoldQuote extends GoldSpan {
  direct: boolean;
  style: QuoteStyle;
  parts?: GoldSpan[];
  clause?: GoldSpan;
  cue?: GoldSpan;
  speaker: GoldSpeaker;
}

/** Quoted words that are not speech: a scare quote, a title, a label, a term, an inch mark. */
export interface GoldTerm extends GoldSpan {
  kind: TermKind;
}

export interface GoldArticle {
  /** The article's file name in `articles/`. */
  file: string;
  split: Split;
  /** Written and annotated by someone who had not read the program nor run it on the article. */
  blind: boolean;
  article: Article;
  quotes: GoldQuote[];
  terms: GoldTerm[];
}

export interface QuoteSet {
  articles: GoldArticle[];
}

const MAX_PROBLEMS_SHOWN = 20;

/** The annotation file could not be read: every problem, each naming the file, article and field. */
export class QuoteSetError extends Error {
  override name = 'QuoteSetError';
  constructor(readonly problems: string[]) {
    const shown = problems.slice(0, MAX_PROBLEMS_SHOWN);
    const more = problems.length - shown.length;
    super(
      `the quote set is not valid:\n  ${shown.join('\n  ')}${more > 0 ? `\n  ... and ${more} more` : ''}`,
    );
  }
}

const CAMEO_CODE = /^(?:[A-Z]{3})+$/;

const spanSchema = z.strictObject({
  text: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
});

const speakerSchema = z.strictObject({
  name: z.string().min(1),
  code: z.string().regex(CAMEO_CODE, 'a CAMEO code is groups of three capitals (ISRGOV)').optional(),
  isDescription: z.boolean().default(false),
  form: z.enum(SPEAKER_FORMS),
  mention: spanSchema,
});

const quoteSchema = z.strictObject({
  ...spanSchema.shape,
  direct: z.boolean(),
  style: z.enum(QUOTE_STYLES),
  parts: z.array(spanSchema).min(2).optional(),
  clause: spanSchema.optional(),
  cue: spanSchema.optional(),
  speaker: speakerSchema,
});

const termSchema = z.strictObject({ ...spanSchema.shape, kind: z.enum(TERM_KINDS) });

const fileSchema = z.strictObject({
  articles: z.array(
    z.strictObject({
      file: z.string().regex(/^[\w.-]+\.txt$/, 'a file name in articles/ ending in .txt'),
      split: z.enum(['dev', 'test']),
      blind: z.boolean().optional(),
      quotes: z.array(quoteSchema),
      terms: z.array(termSchema),
    }),
  ),
});

/** The quote set of `folder`: `annotations.json` checked against the articles in `articles/`. */
export function readQuoteSet(folder: string): QuoteSet {
  const path = join(folder, 'annotations.json');
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new QuoteSetError([`${path}: ${error instanceof Error ? error.message : String(error)}`]);
  }
  const articleFolder = join(folder, 'articles');
  const files = readdirSync(articleFolder).filter((file) => file.endsWith('.txt'));
  const articles = new Map(files.map((file) => [file, readArticleFile(join(articleFolder, file))]));
  return parseQuoteSet(json, articles, path);
}

/** An article file read as `newsgraph` reads it, so that offsets point into the same canonical text. */
export function readArticleFile(path: string): Article {
  const text = decodeText(readFileSync(path));
  const read = isSeedRecord(text) ? readSeedRecord(text) : readPlainText(text);
  return createArticle(
    read.record,
    { location: path, reader: 'eval-quotes@1', contentHash: '', retrievedAt: '' },
    read.diagnostics,
  );
}

/**
 * Checks annotations against their articles: the shape (zod), then that every span slices to the
 * words it claims, that direct quotations sit between quotation marks, that parts tile their
 * quotation, and that every article has annotations. `source` names the annotation file in errors.
 */
export function parseQuoteSet(
  json: unknown,
  articles: ReadonlyMap<string, Article>,
  source: string,
): QuoteSet {
  const parsed = fileSchema.safeParse(json);
  if (!parsed.success) {
    throw new QuoteSetError(
      parsed.error.issues.map((issue) => `${source}: ${placeOf(json, issue.path)}: ${issue.message}`),
    );
  }
  const problems: string[] = [];
  const result: GoldArticle[] = [];
  const seen = new Set<string>();
  for (const entry of parsed.data.articles) {
    const note = (field: string, message: string) =>
      problems.push(`${source}: article ${entry.file}, ${field}: ${message}`);
    if (seen.has(entry.file)) note('file', 'annotated twice');
    seen.add(entry.file);
    const article = articles.get(entry.file);
    if (!article) {
      note('file', 'no such file in articles/');
      continue;
    }
    for (const [at, quote] of entry.quotes.entries())
      checkQuote(article.text, quote, (field, message) => note(`quotes[${at}]${field}`, message));
    for (const [at, term] of entry.terms.entries())
      checkTerm(article.text, term, (field, message) => note(`terms[${at}]${field}`, message));
    checkDuplicates(entry.quotes, entry.terms, note);
    result.push({ ...entry, blind: entry.blind ?? false, article });
  }
  for (const file of articles.keys())
    if (!seen.has(file)) problems.push(`${source}: article ${file}: in articles/ but not annotated`);
  if (problems.length > 0) throw new QuoteSetError(problems);
  return { articles: result };
}

type Note = (field: string, message: string) => void;

function checkQuote(text: string, quote: z.infer<typeof quoteSchema>, note: Note): void {
  checkSpan(text, quote, '', note);
  if (quote.direct === INDIRECT_STYLES.has(quote.style))
    note('.direct', `${quote.direct} does not fit style "${quote.style}"`);
  const pieces = quote.parts ?? [quote];
  for (const [at, part] of (quote.parts ?? []).entries()) checkSpan(text, part, `.parts[${at}]`, note);
  if (quote.parts) checkParts(quote, quote.parts, note);
  // A quotation running over paragraphs leaves every paragraph but its last open.
  const isOpenAt = (at: number) => quote.style === 'multi-paragraph' && at < pieces.length - 1;
  if (quote.direct)
    for (const [at, piece] of pieces.entries())
      checkMarks(text, piece, quote.parts ? `.parts[${at}]` : '', note, isOpenAt(at));
  if (quote.clause) {
    checkSpan(text, quote.clause, '.clause', note);
    if (!quote.direct || quote.clause.start > quote.start || quote.clause.end < quote.end)
      note('.clause', 'must be the reported clause around a direct quotation');
  }
  const outside = quote.clause ? [...pieces, quote.clause] : pieces;
  if (quote.cue) {
    checkSpan(text, quote.cue, '.cue', note);
    if (overlapsAny(quote.cue, outside)) note('.cue', 'lies inside the quoted words or their clause');
  }
  const { speaker } = quote;
  checkSpan(text, speaker.mention, '.speaker.mention', note);
  if (overlapsAny(speaker.mention, outside))
    note('.speaker.mention', 'lies inside the quoted words or their clause');
  if (speaker.isDescription && speaker.code) note('.speaker.code', 'a description has no actor code');
}

function checkTerm(text: string, term: z.infer<typeof termSchema>, note: Note): void {
  checkSpan(text, term, '', note);
  // An inch mark is part of the measure ('2"'); every other term sits between marks.
  if (term.kind !== 'measure') checkMarks(text, term, '', note);
}

function checkSpan(text: string, span: GoldSpan, field: string, note: Note): void {
  if (span.end <= span.start || span.end > text.length) {
    note(field, `span ${span.start}-${span.end} is not inside the text (${text.length} code units)`);
    return;
  }
  const words = text.slice(span.start, span.end);
  if (words !== span.text)
    note(field, `"${span.text}" does not match text.slice(${span.start}, ${span.end}), which is "${words}"`);
}

const OPENING_MARKS = new Set(['“', '"', '‘', "'", '«', '„']);
const CLOSING_MARKS = new Set(['”', '"', '’', "'", '»', '“']);

/** Quoted words are drawn without their marks: a mark (after optional spaces) on either side. */
function checkMarks(text: string, span: GoldSpan, field: string, note: Note, isOpen = false): void {
  let before = span.start - 1;
  while (before >= 0 && text[before] === ' ') before--;
  let after = span.end;
  while (after < text.length && text[after] === ' ') after++;
  if (!OPENING_MARKS.has(text[before] ?? '')) note(field, `no opening quotation mark before "${span.text}"`);
  const closes = isOpen
    ? text.startsWith(PARAGRAPH_SEPARATOR, span.end)
    : CLOSING_MARKS.has(text[after] ?? '');
  if (!closes) note(field, `no ${isOpen ? 'paragraph end' : 'closing quotation mark'} after "${span.text}"`);
}

function checkParts(quote: GoldSpan, parts: readonly GoldSpan[], note: Note): void {
  if (parts[0]?.start !== quote.start || parts.at(-1)?.end !== quote.end)
    note('.parts', 'the first part must start and the last part end where the quotation does');
  for (let at = 1; at < parts.length; at++)
    if ((parts[at]?.start ?? 0) < (parts[at - 1]?.end ?? 0))
      note(`.parts[${at}]`, 'parts must be in text order and must not overlap');
}

function checkDuplicates(
  quotes: readonly GoldSpan[],
  terms: readonly GoldSpan[],
  note: (field: string, message: string) => void,
): void {
  const seen = new Map<string, string>();
  const record = (span: GoldSpan, field: string) => {
    const key = `${span.start}-${span.end}`;
    const earlier = seen.get(key);
    if (earlier) note(field, `the same span as ${earlier}`);
    else seen.set(key, field);
  };
  for (const [at, quote] of quotes.entries()) record(quote, `quotes[${at}]`);
  for (const [at, term] of terms.entries()) record(term, `terms[${at}]`);
}

function overlapsAny(span: GoldSpan, pieces: readonly GoldSpan[]): boolean {
  return pieces.some((piece) => span.start < piece.end && piece.start < span.end);
}

/** "article 03-brazil.txt, quotes[2].cue" for a zod issue path, naming the article by its file. */
function placeOf(json: unknown, path: readonly PropertyKey[]): string {
  if (path[0] !== 'articles' || typeof path[1] !== 'number') return path.join('.') || '(root)';
  const entry = (json as { articles?: Array<{ file?: unknown }> }).articles?.[path[1]];
  const name = typeof entry?.file === 'string' ? entry.file : `#${path[1]}`;
  const field = path
    .slice(2)
    .map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`))
    .join('')
    .replace(/^\./, '');
  return `article ${name}${field ? `, ${field}` : ''}`;
}

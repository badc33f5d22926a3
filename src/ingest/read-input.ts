import { createHash } from 'node:crypto';
import { createReadStream, readFileSync } from 'node:fs';
import type { AnnotatedArticle } from '../document/annotations.js';
import { type Article, createArticle, type Origin } from '../document/article.js';
import { decodeText } from './decode-text.js';
import { extractPage, MAX_HTML_BYTES } from './html/extract-page.js';
import { inflatePage } from './html/inflate-page.js';
import { pageRecord } from './html/page-record.js';
import { InputError, type Rejection, rejectionFrom } from './input-error.js';
import { readJsonRecord } from './json-record.js';
import { locateJsonError } from './locate-json-error.js';
import { isAnnotatedRecord, readAnnotatedRecord } from './read-annotated-record.js';
import { GDELT_FILE } from './read-gdelt-file.js';
import { readLines } from './read-lines.js';
import { readPlainText } from './read-plain-text.js';
import { isSeedRecord, type ReadRecord, readSeedRecord } from './read-seed-record.js';

/** An article read, or why a part of the input could not be: an exported annotated article keeps its layers. */
export type ReadOutcome = { article: Article | AnnotatedArticle } | { rejection: Rejection };

/** One input to read: a file path, or `-` with the bytes of standard input. */
export interface InputFile {
  path: string;
  size: number;
  bytes?: Buffer;
}

const READER_VERSION = '1.0.0';
const MB = 1024 * 1024;
/** One article in a text file; anything larger is not one article. */
export const MAX_TEXT_BYTES = 10 * MB;
export const MAX_JSON_BYTES = 256 * MB;
export const MAX_JSONL_LINE_BYTES = 10 * MB;

/** What a file holds, told by its name; text is the default for a file named on the command line. */
export type InputFormat = 'jsonl' | 'json' | 'html' | 'text' | 'gdelt';

const FORMATS: readonly (readonly [RegExp, InputFormat])[] = [
  [GDELT_FILE, 'gdelt'],
  [/\.(?:jsonl|ndjson)$/i, 'jsonl'],
  [/\.json$/i, 'json'],
  [/\.html?(?:\.gz)?$/i, 'html'],
  [/\.te?xt$/i, 'text'],
];
/** The endings a directory walk picks up; a file named on the command line is read whatever its name. */
export const READABLE_EXTENSIONS = [
  '.txt',
  '.text',
  '.json',
  '.jsonl',
  '.ndjson',
  '.html',
  '.htm',
  '.html.gz',
  '.export.CSV',
  '.export.CSV.gz',
];

/** The format a file's name says it holds; undefined for a name a folder walk skips. */
export function inputFormat(path: string): InputFormat | undefined {
  return FORMATS.find(([pattern]) => pattern.test(path))?.[1];
}

/** Reads every article in one input, yielding a rejection for each part that cannot be read. */
export async function* readInput(input: InputFile): AsyncGenerator<ReadOutcome> {
  const format = inputFormat(input.path);
  try {
    if (format === 'gdelt') {
      throw new InputError('a GDELT event file holds events, not articles: newsgraph ingest imports it');
    } else if (format === 'jsonl') {
      yield* readJsonLines(input);
    } else if (format === 'json') {
      yield* readJsonDocument(input, readBytes(input, MAX_JSON_BYTES));
    } else if (format === 'html') {
      yield readHtmlFile(input, readBytes(input, MAX_HTML_BYTES));
    } else {
      const bytes = readBytes(input, input.path === '-' ? MAX_JSON_BYTES : MAX_TEXT_BYTES);
      if (input.path === '-' && looksLikeJson(bytes)) yield* readJsonDocument(input, bytes);
      else if (input.path === '-' && looksLikeHtml(bytes)) yield readHtmlFile(input, bytes);
      else yield readTextFile(input, bytes);
    }
  } catch (error) {
    yield { rejection: rejectionFrom(input.path, error) };
  }
}

function readTextFile(input: InputFile, bytes: Buffer): ReadOutcome {
  if (bytes.length > MAX_TEXT_BYTES) throw tooLarge(bytes.length, MAX_TEXT_BYTES);
  const text = decodeText(bytes);
  const seed = isSeedRecord(text);
  const read = seed ? readSeedRecord(text) : readPlainText(text);
  return articleFrom(read, origin(input.path, seed ? 'seed' : 'plain-text', bytes));
}

function readHtmlFile(input: InputFile, bytes: Buffer): ReadOutcome {
  const html = /\.gz$/i.test(input.path) ? inflatePage(bytes) : bytes;
  const read = pageRecord(extractPage(html));
  return articleFrom(read, origin(input.path, 'html', bytes));
}

async function* readJsonLines(input: InputFile): AsyncGenerator<ReadOutcome> {
  const chunks = input.bytes ? [input.bytes] : createReadStream(input.path);
  for await (const line of readLines(chunks, MAX_JSONL_LINE_BYTES)) {
    if (line.byteLength === 0) continue;
    try {
      if (!line.bytes) throw tooLarge(line.byteLength, MAX_JSONL_LINE_BYTES, 'line');
      // Checked before decoding: decodeText rejects white space as an empty file (a CRLF blank line is `\r`).
      if (line.bytes.toString('utf8').trim().length === 0) continue;
      const text = decodeText(line.bytes, line.number);
      const value = parseJson(text, line.number);
      if (isAnnotatedRecord(value)) {
        yield { article: readAnnotatedRecord(value, { line: line.number }) };
        continue;
      }
      const read = readJsonRecord(value, { line: line.number });
      yield articleFrom(read, { ...origin(input.path, 'jsonl', line.bytes), line: line.number });
    } catch (error) {
      yield { rejection: rejectionFrom(input.path, error, line.number) };
    }
  }
}

async function* readJsonDocument(input: InputFile, bytes: Buffer): AsyncGenerator<ReadOutcome> {
  const text = decodeText(bytes);
  const trimmed = text.trim();
  if (input.path === '-' && trimmed.startsWith('{') && trimmed.includes('\n') && !isJson(trimmed)) {
    // Standard input may carry JSON Lines as well as one JSON document.
    yield* readJsonLines({ ...input, bytes });
    return;
  }
  const value = parseJson(text, 1);
  const records = Array.isArray(value) ? value : [value];
  if (records.length === 0) throw new InputError('no records: the JSON array is empty');
  for (const [index, item] of records.entries()) {
    try {
      const prefix = Array.isArray(value) ? `[${index}].` : '';
      if (isAnnotatedRecord(item)) {
        yield { article: readAnnotatedRecord(item, { prefix }) };
        continue;
      }
      yield articleFrom(readJsonRecord(item, { prefix }), origin(input.path, 'json', bytes));
    } catch (error) {
      yield { rejection: rejectionFrom(input.path, error) };
    }
  }
}

function articleFrom(read: ReadRecord, from: Origin): ReadOutcome {
  return { article: createArticle(read.record, from, read.diagnostics) };
}

function origin(location: string, reader: string, bytes: Buffer): Origin {
  return {
    location,
    reader: `${reader}@${READER_VERSION}`,
    contentHash: createHash('sha256').update(bytes).digest('hex'),
    retrievedAt: new Date().toISOString(),
  };
}

function readBytes(input: InputFile, maxBytes: number): Buffer {
  if (input.bytes) return input.bytes;
  if (input.size > maxBytes) throw tooLarge(input.size, maxBytes);
  // Synchronous on purpose: for many small files it is several times faster than awaiting each
  // read, and a reader has nothing else to do meanwhile.
  return readFileSync(input.path);
}

function parseJson(text: string, firstLine: number): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const offset = locateJsonError(text);
    const line = firstLine + (text.slice(0, offset).match(/\n/g)?.length ?? 0);
    throw new InputError(`invalid JSON: ${reason}`, { line });
  }
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

function looksLikeHtml(bytes: Buffer): boolean {
  const start = bytes.toString('utf8', 0, Math.min(bytes.length, 256)).trimStart().toLowerCase();
  return start.startsWith('<!doctype html') || start.startsWith('<html');
}

function looksLikeJson(bytes: Buffer): boolean {
  const first = bytes.toString('utf8', 0, Math.min(bytes.length, 64)).trimStart()[0];
  return first === '{' || first === '[';
}

function tooLarge(size: number, limit: number, what = 'file'): InputError {
  const mb = (bytes: number) => `${(bytes / MB).toFixed(1)} MB`;
  return new InputError(
    `${what} is ${mb(size)}, over the ${mb(limit)} limit for one ${what === 'line' ? 'record' : 'input'}`,
  );
}

import { createHash } from 'node:crypto';
import { createReadStream, readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { type Article, createArticle, type Origin } from '../document/article.js';
import { decodeText } from './decode-text.js';
import { InputError, type Rejection, rejectionFrom } from './input-error.js';
import { readJsonRecord } from './json-record.js';
import { locateJsonError } from './locate-json-error.js';
import { readLines } from './read-lines.js';
import { readPlainText } from './read-plain-text.js';
import { isSeedRecord, type ReadRecord, readSeedRecord } from './read-seed-record.js';

export type ReadOutcome = { article: Article } | { rejection: Rejection };

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

const JSONL_EXTENSIONS = new Set(['.jsonl', '.ndjson']);
const JSON_EXTENSIONS = new Set(['.json']);
/** What a directory walk picks up; a file named on the command line is read whatever its name. */
export const READABLE_EXTENSIONS = new Set(['.txt', '.text', ...JSON_EXTENSIONS, ...JSONL_EXTENSIONS]);

/** Reads every article in one input, yielding a rejection for each part that cannot be read. */
export async function* readInput(input: InputFile): AsyncGenerator<ReadOutcome> {
  const extension = extname(input.path).toLowerCase();
  try {
    if (JSONL_EXTENSIONS.has(extension)) {
      yield* readJsonLines(input);
    } else if (JSON_EXTENSIONS.has(extension)) {
      yield* readJsonDocument(input, readBytes(input, MAX_JSON_BYTES));
    } else {
      const bytes = readBytes(input, input.path === '-' ? MAX_JSON_BYTES : MAX_TEXT_BYTES);
      yield* input.path === '-' && looksLikeJson(bytes)
        ? readJsonDocument(input, bytes)
        : [readTextFile(input, bytes)];
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

async function* readJsonLines(input: InputFile): AsyncGenerator<ReadOutcome> {
  const chunks = input.bytes ? [input.bytes] : createReadStream(input.path);
  for await (const line of readLines(chunks, MAX_JSONL_LINE_BYTES)) {
    if (line.byteLength === 0) continue;
    try {
      if (!line.bytes) throw tooLarge(line.byteLength, MAX_JSONL_LINE_BYTES, 'line');
      // Checked before decoding: decodeText rejects white space as an empty file (a CRLF blank line is `\r`).
      if (line.bytes.toString('utf8').trim().length === 0) continue;
      const text = decodeText(line.bytes, line.number);
      const read = readJsonRecord(parseJson(text, line.number), { line: line.number });
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

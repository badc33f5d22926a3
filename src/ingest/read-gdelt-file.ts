import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import type { GdeltEvent } from '../formats/gdelt/gdelt-event.js';
import { gdeltEventOfRecord } from '../formats/gdelt/gdelt-event-of-record.js';
import { GdeltLineError, parseGdeltLine } from '../formats/gdelt/parse-gdelt-line.js';
import { InputError, type Rejection, rejectionFrom } from './input-error.js';
import type { InputFile } from './read-input.js';
import { readLines } from './read-lines.js';

export type GdeltOutcome = { gdeltEvent: GdeltEvent } | { rejection: Rejection };

/** A GDELT 2.0 Event file by its name: `20180617093000.export.CSV`, gzipped or not (or zipped, refused). */
export const GDELT_FILE = /\.export\.csv(?:\.gz|\.zip)?$/i;

/** A row of 61 short columns is well under 10 kB; a longer line is not a row. */
const MAX_GDELT_LINE_BYTES = 64 * 1024;

/**
 * Reads a GDELT 2.0 Event file (tab-separated, 61 columns, no header), plain or gzipped, a line
 * at a time: each valid row is an event, each other line a rejection naming its line, column and
 * why (`file:line: column QuadClass: expected 1 to 4, got 7`), and reading goes on.
 */
export async function* readGdeltFile(input: InputFile): AsyncGenerator<GdeltOutcome> {
  if (/\.zip$/i.test(input.path)) {
    yield {
      rejection: {
        input: input.path,
        reason: "GDELT's .zip files are not read: unzip it first (a .export.CSV or .export.CSV.gz is read)",
      },
    };
    return;
  }
  try {
    for await (const line of readLines(byteChunks(input), MAX_GDELT_LINE_BYTES)) {
      if (line.byteLength === 0) continue;
      try {
        if (!line.bytes) throw new InputError(`line is ${line.byteLength} bytes, too long for a GDELT row`);
        const text = line.bytes.toString('utf8');
        if (text.trim() === '') continue;
        yield { gdeltEvent: gdeltEventOfRecord(parseGdeltLine(text)) };
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        if (error instanceof GdeltLineError || error instanceof InputError) {
          yield { rejection: { input: input.path, line: line.number, reason } };
        } else throw error;
      }
    }
  } catch (error) {
    yield { rejection: rejectionFrom(input.path, gzipError(error)) };
  }
}

function byteChunks(input: InputFile): AsyncIterable<Buffer> | Iterable<Buffer> {
  const gzipped = /\.gz$/i.test(input.path);
  if (!gzipped) return input.bytes ? [input.bytes] : createReadStream(input.path);
  const gunzip = createGunzip();
  const source = input.bytes ? Readable.from([input.bytes]) : createReadStream(input.path);
  pipeline(source, gunzip).catch((error: Error) => gunzip.destroy(error));
  return gunzip;
}

function gzipError(error: unknown): unknown {
  const code = (error as NodeJS.ErrnoException).code;
  return typeof code === 'string' && code.startsWith('Z_')
    ? new InputError(`not a valid gzip file: ${(error as Error).message}`)
    : error;
}

import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** An export's chunks in the order to write them: text, or bytes that are UTF-8 already. */
export type ExportChunks = AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>;

/**
 * Writes the chunks to a file through a stream that waits when the disk is behind (so memory
 * holds a chunk or two, not the export), into a temporary name beside it that is renamed over
 * `path` only once everything is written: a failed or interrupted export leaves no half-written
 * file, and an existing file is kept until the new one is whole.
 */
export async function writeChunksToFile(path: string, chunks: ExportChunks): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.partial`);
  try {
    await pipeline(byteStream(chunks), createWriteStream(temporary, { flags: 'wx' }));
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/** Writes the chunks to a stream that stays open (standard output), waiting whenever it is full. */
export async function writeChunksToStream(stream: Writable, chunks: ExportChunks): Promise<void> {
  await pipeline(byteStream(chunks), stream, { end: false });
}

/** Bytes buffered ahead of the writer, at most: a chunk is a page of articles, a few megabytes. */
const AHEAD_BYTES = 1024 * 1024;

/**
 * The chunks as a byte stream that stops asking for more once `AHEAD_BYTES` wait to be written.
 * In object mode it would hold sixteen chunks (pages) ahead, whatever their size.
 */
function byteStream(chunks: ExportChunks): Readable {
  return Readable.from(chunks, { objectMode: false, highWaterMark: AHEAD_BYTES });
}

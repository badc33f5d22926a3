import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/**
 * Writes the chunks to a file through a stream that waits when the disk is behind (so memory
 * holds a chunk or two, not the export), into a temporary name beside it that is renamed over
 * `path` only once everything is written: a failed or interrupted export leaves no half-written
 * file, and an existing file is kept until the new one is whole.
 */
export async function writeChunksToFile(
  path: string,
  chunks: AsyncIterable<string> | Iterable<string>,
): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.partial`);
  try {
    await pipeline(Readable.from(chunks), createWriteStream(temporary, { flags: 'wx' }));
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/** Writes the chunks to a stream that stays open (standard output), waiting whenever it is full. */
export async function writeChunksToStream(
  stream: Writable,
  chunks: AsyncIterable<string> | Iterable<string>,
): Promise<void> {
  await pipeline(Readable.from(chunks), stream, { end: false });
}

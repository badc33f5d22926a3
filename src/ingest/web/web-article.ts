import { createHash } from 'node:crypto';
import { type Article, createArticle } from '../../document/article.js';
import type { ReadRecord } from '../read-seed-record.js';

const READER_VERSION = '1.0.0';

/** An article read from the web, with where it came from. */
export function webArticle(read: ReadRecord, location: string, bytes: Buffer, reader: string): Article {
  return createArticle(
    read.record,
    {
      location,
      reader: `${reader}@${READER_VERSION}`,
      contentHash: createHash('sha256').update(bytes).digest('hex'),
      retrievedAt: new Date().toISOString(),
    },
    read.diagnostics,
  );
}

/** The `Content-Type` a fetched body was sent with, rebuilt for decoding: its charset wins over the page's. */
export function contentType(response: { contentType?: string; charset?: string }): { contentType?: string } {
  if (response.charset)
    return { contentType: `${response.contentType ?? 'text/html'}; charset=${response.charset}` };
  return response.contentType ? { contentType: response.contentType } : {};
}

import { createHash } from 'node:crypto';

/** 16 hex characters: the first 64 bits of a SHA-256. */
const ID_LENGTH = 16;

export interface IdentityFields {
  source: string;
  title: string;
  publishedAt: string;
  body: readonly string[];
}

/**
 * The stable content id of an article: a hash of source, title, date and body.
 * The same article read from any format gets the same id; any edit to these fields changes it.
 */
export function contentId(fields: IdentityFields): string {
  return hashParts([fields.source, fields.title, fields.publishedAt, ...fields.body]);
}

/**
 * The key that says which article a record is *about*, so that a corrected version of it
 * replaces the old one: its URL when it has one, otherwise source, title and date.
 */
export function articleKey(fields: Omit<IdentityFields, 'body'> & { url: string }): string {
  if (fields.url) return `url:${fields.url}`;
  return `record:${hashParts([fields.source.toLowerCase(), fields.title.toLowerCase(), fields.publishedAt])}`;
}

function hashParts(parts: readonly string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part.normalize('NFC')).update('\u0000');
  return hash.digest('hex').slice(0, ID_LENGTH);
}
